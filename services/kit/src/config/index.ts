export { envInteger } from './env-integer.ts';
export type { Env } from './env-integer.ts';
