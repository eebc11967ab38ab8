import { ENDPOINTS } from '../server/rpc';

export const APP = ENDPOINTS;
