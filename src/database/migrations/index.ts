import { Officers1763700000000 } from './1763700000000-officers';

/** Ordered list of migrations; add new ones at the end. */
export const migrations = [Officers1763700000000];
