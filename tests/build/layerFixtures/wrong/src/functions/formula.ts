import { SET_UP } from '../sheets/setUpWorkbook';

export const FORMULA = SET_UP;
