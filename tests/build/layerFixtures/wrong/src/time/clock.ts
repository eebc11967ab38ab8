export const NOW = 0;
