import { specPath } from '@kerf/openapi';
import { authorizationMatrix, statusMatches, type Caller } from '@kerf/openapi/authz';
import { createContractChecker } from '@kerf/service-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { bffWithIdentity } from './testing/bff-with-identity.ts';

const contract = createContractChecker(specPath('bff'));
const base = 'http://localhost';
let close: () => Promise<unknown> = async () => {};
afterEach(() => close());

const emails: Record<Exclude<Caller, 'anonymous' | 'service'>, string> = {
  external: 'alice@acme.test',
  internal: 'estimator@kerf.test',
  admin: 'admin@kerf.test',
};

async function setup() {
  const bff = await bffWithIdentity();
  close = bff.close;
  const signIn = async (email: string) => {
    const res = await bff.app.request(`${base}/api/session`, {
      method: 'POST',
      headers: { 'x-kerf-request': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'kerf-demo-2026' }),
    });
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  /** Starts one upload (no bytes) so that the user has a batch. */
  const startBatch = async (cookie: string, batch: string) => {
    const meta = `filename ${btoa('a.dxf')},sha256 ${btoa('0'.repeat(64))},batch ${btoa(batch)}`;
    await bff.app.request(`${base}/api/uploads`, {
      method: 'POST',
      headers: {
        cookie,
        'x-kerf-request': '1',
        'tus-resumable': '1.0.0',
        'upload-length': '10',
        'upload-metadata': meta,
      },
    });
  };
  return { ...bff, signIn, startBatch };
}

/** One request per BFF operation; `whose` picks the caller's own resource or another user's. */
function requestFor(
  operationId: string,
  whose: 'own' | 'other',
  credentials: Record<string, string>,
): Request {
  const headers = { 'x-kerf-request': '1', 'content-type': 'application/json', ...credentials };
  switch (operationId) {
    case 'getHealth':
      return new Request(`${base}/api/health`, { headers });
    case 'getReadiness':
      return new Request(`${base}/api/health/ready`, { headers });
    case 'getSession':
      return new Request(`${base}/api/session`, { headers });
    case 'signIn':
      return new Request(`${base}/api/session`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ email: 'bob@nordic.test', password: 'kerf-demo-2026' }),
      });
    case 'signOut':
      return new Request(`${base}/api/session`, { method: 'DELETE', headers });
    case 'getBatchProgress':
      return new Request(
        `${base}/api/uploads/batches/${whose === 'own' ? 'batch-own-01' : 'batch-bob-01'}?since=0`,
        { headers },
      );
    case 'listBatches':
      return new Request(`${base}/api/uploads/batches`, { headers });
    default:
      throw new Error(`no request for ${operationId}: add it here`);
  }
}

describe('BFF contract', () => {
  it('honours the authorization matrix, and every answer matches the contract', async () => {
    const { app, signIn, startBatch } = await setup();
    await startBatch(await signIn('bob@nordic.test'), 'batch-bob-01');
    const failures: string[] = [];
    const row = authorizationMatrix.bff!;
    // Sign-out last: it ends the session the other checks use.
    const operations = Object.keys(row).sort((a, b) => Number(a === 'signOut') - Number(b === 'signOut'));
    for (const caller of ['anonymous', 'service', 'external', 'internal', 'admin'] as const) {
      let credentials: Record<string, string> = {};
      if (caller === 'service') credentials = { authorization: 'Bearer not-a-browser-credential' };
      if (caller in emails) {
        const cookie = await signIn(emails[caller as keyof typeof emails]);
        await startBatch(cookie, 'batch-own-01');
        credentials = { cookie };
      }
      for (const operationId of operations) {
        const access = row[operationId]![caller];
        for (const whose of access === 'own' ? (['own', 'other'] as const) : (['own'] as const)) {
          const response = await app.fetch(requestFor(operationId, whose, credentials));
          if (!statusMatches(access, response.status, whose === 'own')) {
            failures.push(
              `${operationId} as ${caller} (${whose}): expected ${access}, got ${response.status}`,
            );
          }
          const mismatches = contract.check(
            operationId,
            response.status,
            response.headers.get('content-type'),
            response.status === 204 ? undefined : await response.json(),
          );
          failures.push(...mismatches.map((m) => `${operationId} as ${caller}: ${m}`));
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
