export const SET_UP = 'set up';
