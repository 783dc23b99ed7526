/**
 * @kerf/service-kit: what every Kerf service and the BFF share — Result and stories, problem+json,
 * the connexion-style OpenAPI router, JWT verification, structured logs, SQLite and migrations, serve.
 */
export * from './result/index.ts';
export { problem, problemBody } from './problem/problem.ts';
export type { FieldError, Problem } from './problem/problem.ts';
export { internalErrorProblem, notFoundProblem } from './problem/error-handlers.ts';
export * from './openapi/index.ts';
export * from './jwt/index.ts';
export { createLogger } from './log/logger.ts';
export type { LogFields, LogLevel, Logger, LoggerOptions } from './log/logger.ts';
export { requestLog } from './log/request-log.ts';
export { openSqlite } from './db/open-sqlite.ts';
export { dialectOf, openDatabase, serialiseWriters } from './db/open-database.ts';
export type { Dialect } from './db/open-database.ts';
export { parsePostgresLocation } from './db/open-postgres.ts';
export type { PostgresLocation } from './db/open-postgres.ts';
export { containsText } from './db/contains-text.ts';
export { isUniqueViolation, migrate, migrationsTable } from './db/migrate.ts';
export type { Migration } from './db/migrate.ts';
export * from './store/index.ts';
export * from './outbox/index.ts';
export * from './refusal/index.ts';
export * from './ordering/index.ts';
export * from './service-app/index.ts';
export * from './config/index.ts';
export * from './readiness/index.ts';
export { serve } from './serve/serve.ts';
export type { RunningServer, ServeOptions } from './serve/serve.ts';
export { createServiceTokenSource, readServiceSecret } from './service-auth/service-token-source.ts';
export type { ServiceTokenSource, ServiceTokenSourceOptions } from './service-auth/service-token-source.ts';
