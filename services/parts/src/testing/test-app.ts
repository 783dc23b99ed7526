import { specPath } from '@kerf/openapi';
import type { ContractChecker, Role } from '@kerf/service-kit';
import { createContractChecker, createLogger, createTokenVerifier } from '@kerf/service-kit';
import type { Hono } from 'hono';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
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
  const pair = await generateKeyPair('ES256');
  const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'test', alg: 'ES256' }] };
  const app = createApp({
    ...parts,
    authenticate: createTokenVerifier({ jwks, issuer: 'kerf-identity', audience: 'parts' }),
    logger: createLogger({ write: () => undefined }),
  });
  const token: TestApp['token'] = (caller, options = {}) =>
    new SignJWT({ company: caller.company ?? (caller.role === 'service' ? '*' : 'shop'), role: caller.role })
      .setProtectedHeader({ alg: 'ES256', kid: 'test' })
      .setSubject(caller.sub ?? (caller.role === 'service' ? 'service:bff' : `user-${caller.role}`))
      .setIssuer('kerf-identity')
      .setAudience(options.audience ?? 'parts')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(pair.privateKey);
  return {
    parts,
    app,
    contract: createContractChecker(specPath('parts')),
    token,
    async call(caller, method, path, body) {
      const headers: Record<string, string> = {};
      if (caller) headers.authorization = `Bearer ${await token(caller)}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      return app.request(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    },
    close: () => parts.close(),
  };
}
