import { TODAY } from '../domain/dates';

export const LADDER = TODAY;
