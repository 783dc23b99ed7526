export { transactionalStore } from './transactional-store.ts';
export type { TransactionalStore } from './transactional-store.ts';
