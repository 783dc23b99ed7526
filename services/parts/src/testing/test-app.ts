import { specPath } from '@kerf/openapi';
import type { ContractChecker, Role } from '@kerf/service-kit';
import { createContractChecker, createLogger, databaseCheck } from '@kerf/service-kit';
import { createTestTokens, testRequest } from '@kerf/service-kit/testing';
import type { Hono } from 'hono';
import { createApp } from '../app.ts';
import type { TestParts } from './test-parts.ts';
import { openTestParts } from './test-parts.ts';

/** Who calls: a role and a company (`service` callers get `*`, as identity issues them). */
export interface Caller {
  readonly role: Role;
  readonly company?: string;
  readonly sub?: string;
}

/** The parts app over temporary storage, with real ES256 tokens and a contract checker. */
export interface TestApp {
  readonly parts: TestParts;
  readonly app: Hono;
  readonly contract: ContractChecker;
  /** A valid bearer token for a caller. */
  token(caller: Caller, options?: { audience?: string }): Promise<string>;
  /** Sends a request as `caller` (no token when null) with a JSON body when given. */
  call(caller: Caller | null, method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** Builds the app, verifying tokens signed by a key generated here through the kit's verifier. */
export async function openTestApp(): Promise<TestApp> {
  const parts = await openTestParts();
  const tokens = await createTestTokens();
  const app = createApp({
    ...parts,
    authenticate: tokens.verifier('parts'),
    logger: createLogger({ write: () => undefined }),
    readiness: { database: databaseCheck(parts.db) },
  });
  const token: TestApp['token'] = (caller, options = {}) =>
    tokens.sign({
      sub: caller.sub ?? (caller.role === 'service' ? 'service:bff' : `user-${caller.role}`),
      company: caller.company ?? (caller.role === 'service' ? '*' : 'shop'),
      role: caller.role,
      audience: options.audience ?? 'parts',
    });
  return {
    parts,
    app,
    contract: createContractChecker(specPath('parts')),
    token,
    call: async (caller, method, path, body) =>
      testRequest(app, method, path, { token: caller ? await token(caller) : null, body }),
    close: () => parts.close(),
  };
}
