export { envInteger } from './env-integer.ts';
export type { Env } from './env-integer.ts';
export { databaseLocation } from './database-location.ts';
