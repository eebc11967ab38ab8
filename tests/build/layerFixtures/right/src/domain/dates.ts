export const TODAY = 0;
