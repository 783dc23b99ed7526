/** @kerf/service-kit/testing: helpers for the services' tests only (never imported by a server). */
export { createTestTokens } from './test-tokens.ts';
export type { TestTokenClaims, TestTokens } from './test-tokens.ts';
export { testRequest } from './test-request.ts';
export type { RequestTarget } from './test-request.ts';
export { testDatabaseLocation, testsUsePostgres } from './test-database.ts';
