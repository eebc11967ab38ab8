export const ENDPOINTS = ['promotionsTeam'];
