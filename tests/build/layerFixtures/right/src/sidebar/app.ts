import type { TeamList } from '../server/rpc';
import { TODAY } from '../domain/dates';

export const EMPTY: TeamList = { names: [] };
export const SHOWN = TODAY;
