export { autoIncrementKey, createOutboxTable } from './outbox-table.ts';
export type { OutboxDatabase, OutboxTable } from './outbox-table.ts';
export { sqliteOutbox } from './sqlite-outbox.ts';
export type { EventLog, OutboxEvent } from './sqlite-outbox.ts';
export { listEventsStory } from './event-feed.ts';
export type { FeedPage, FeedRequest } from './event-feed.ts';
