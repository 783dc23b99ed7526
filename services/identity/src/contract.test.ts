import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { specPath } from '@kerf/openapi';
import { checkAuthorization } from '@kerf/openapi/authz';
import { fuzzContract } from '@kerf/openapi/fuzz';
import { createLogger } from '@kerf/service-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { demoPassword } from './seed/demo-accounts.ts';
import { createTestPorts } from './testing/test-ports.ts';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => Promise.all(open.splice(0).map((p) => p.close())));

async function setup() {
  const ports = await createTestPorts();
  open.push(ports);
  const app = createApp({ ...ports, logger: createLogger({ write: () => {} }) });
  const fetch = async (request: Request) => app.fetch(request);
  const post = async (path: string, body: unknown) =>
    (await (
      await app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json()) as { token: string };
  const signInAs = async (email: string) => (await post('/sign-in', { email, password: demoPassword })).token;
  const secret = readFileSync(join(ports.secretsDir, 'bff.secret'), 'utf8');
  const tokens = {
    external: await signInAs('alice@acme.test'),
    internal: await signInAs('estimator@kerf.test'),
    admin: await signInAs('admin@kerf.test'),
    service: (
      await post('/service-tokens', { client_id: 'bff', client_secret: secret, audience: 'identity' })
    ).token,
  };
  const bodies: Record<string, unknown> = {
    signIn: { email: 'bob@nordic.test', password: demoPassword },
    issueServiceToken: { client_id: 'bff', client_secret: secret, audience: 'catalog' },
  };
  return { fetch, tokens, bodies };
}

describe('identity contract', () => {
  it('honours the authorization matrix for every operation and caller', async () => {
    const { fetch, tokens, bodies } = await setup();
    const body = (operationId: string) => bodies[operationId];
    const failures = await checkAuthorization({
      name: 'identity',
      spec: specPath('identity'),
      fetch,
      tokens,
      body,
      seed: 5,
    });
    expect(failures).toEqual([]);
  });

  it('survives the contract fuzzer: no 5xx, documented answers, invalid input 400, auth 401', async () => {
    const { fetch, tokens } = await setup();
    const report = await fuzzContract(
      { spec: specPath('identity'), fetch, callers: tokens, privileged: 'admin' },
      { seed: 2026, runs: 6 },
    );
    console.info(`identity fuzz: ${report.cases} generated cases`);
    expect(report.failures.slice(0, 10)).toEqual([]);
  });
});
