export { refusal, success } from './refusal.ts';
export type { Refusal } from './refusal.ts';
export { noContent, replies } from './reply.ts';
export type { Replies } from './reply.ts';
