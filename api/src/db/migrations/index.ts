import { Foundation1764300000000 } from './1764300000000-foundation.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [Foundation1764300000000];
