export { transactionalStore } from './transactional-store.ts';
export type { TransactionalStore, TransactionOptions } from './transactional-store.ts';
