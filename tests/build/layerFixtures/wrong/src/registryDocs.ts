export const DOCS = {};
