import { NOW } from '../time/clock';

export const TODAY = NOW;
