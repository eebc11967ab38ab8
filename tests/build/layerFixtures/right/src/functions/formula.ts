import { LADDER } from '../tables/ladder';

export const FORMULA = LADDER;
