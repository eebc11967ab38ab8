import type { TeamList } from './server/rpc';

export const loaded: TeamList[] = [];
