import { specPath } from '@kerf/openapi';
import { createContractChecker, createLogger } from '@kerf/service-kit';
import { createTestTokens } from '@kerf/service-kit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { identityIssuer } from './ports/token-signer.ts';
import { demoPassword } from './seed/demo-accounts.ts';
import { createTestPorts } from './testing/test-ports.ts';

const contract = createContractChecker(specPath('identity'));
const open: { close(): Promise<void> }[] = [];
afterEach(async () => Promise.all(open.splice(0).map((p) => p.close())));

async function setup() {
  const ports = await createTestPorts();
  open.push(ports);
  const lines: string[] = [];
  const app = createApp({ ...ports, logger: createLogger({ write: (line) => lines.push(line) }) });
  /** Calls the app and checks the response against the contract; resolves to status and JSON body. */
  const call = async (
    operationId: string,
    path: string,
    init: RequestInit & { token?: string; json?: unknown } = {},
  ) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    const res = await app.request(path, { ...init, headers, body });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the checked JSON loosely
    return { status: res.status, res, body: (await contract.assertResponse(operationId, res)) as any };
  };
  const signInAs = async (email: string) => {
    const { body } = await call('signIn', '/sign-in', {
      method: 'POST',
      json: { email, password: demoPassword },
    });
    return body.token as string;
  };
  return { app, ports, call, signInAs, lines };
}

describe('identity routes', () => {
  it('serves health and a JWKS with kid and alg, no private part', async () => {
    const { call } = await setup();
    expect((await call('getHealth', '/health')).body).toEqual({ status: 'ok' });
    const { body } = await call('getJwks', '/.well-known/jwks.json');
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256', kid: expect.any(String) });
    expect(body.keys[0]).not.toHaveProperty('d');
  });

  it('is ready while its database answers and its key is loaded, and names the database once it is closed', async () => {
    const { call, ports } = await setup();
    const ready = await call('getReadiness', '/health/ready');
    expect(ready).toMatchObject({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok', signing_key: 'ok' } },
    });
    expect(ready.res.headers.get('cache-control')).toBe('no-store');
    await ports.close();
    const closed = await call('getReadiness', '/health/ready');
    expect(closed.status).toBe(503);
    expect(closed.body).toMatchObject({
      code: 'not-ready',
      checks: { database: 'failed', signing_key: 'ok' },
    });
  });

  it('signs in, then answers /me with the same user', async () => {
    const { call } = await setup();
    const signed = await call('signIn', '/sign-in', {
      method: 'POST',
      json: { email: 'alice@acme.test', password: demoPassword },
    });
    expect(signed.status).toBe(200);
    expect(signed.body.user).toMatchObject({
      email: 'alice@acme.test',
      role: 'external',
      company: { name: 'Acme Brackets' },
    });
    const me = await call('getCurrentUser', '/me', { token: signed.body.token });
    expect(me.body).toEqual(signed.body.user);
  });

  it('answers the same 401 for an unknown user and a wrong password, and logs no password', async () => {
    const { call, lines } = await setup();
    const unknown = await call('signIn', '/sign-in', {
      method: 'POST',
      json: { email: 'x@kerf.test', password: demoPassword },
    });
    const wrong = await call('signIn', '/sign-in', {
      method: 'POST',
      json: { email: 'admin@kerf.test', password: 'nope' },
    });
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('invalid-credentials');
    expect(lines.join('\n')).not.toContain(demoPassword);
  });

  it('answers 400 naming the field on a missing field, wrong types or a bad email', async () => {
    const { call } = await setup();
    const cases: [unknown, string][] = [
      [{ email: 'admin@kerf.test' }, 'body.password'],
      [{ password: demoPassword }, 'body.email'],
      [{ email: 42, password: demoPassword }, 'body.email'],
      [{ email: 'admin@kerf.test', password: ['x'] }, 'body.password'],
      [{ email: 'not-an-email', password: demoPassword }, 'body.email'],
      [{ email: 'admin@kerf.test', password: demoPassword, role: 'admin' }, 'body.role'],
    ];
    for (const [json, field] of cases) {
      const { status, body } = await call('signIn', '/sign-in', { method: 'POST', json });
      expect(status).toBe(400);
      expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const notJson = await call('signIn', '/sign-in', {
      method: 'POST',
      body: 'email=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(notJson.res.status).toBe(415);
  });

  it('exchanges an identity token for a 5-minute service token, which identity itself refuses', async () => {
    const { call, signInAs } = await setup();
    const token = await signInAs('estimator@kerf.test');
    const exchanged = await call('exchangeToken', '/tokens', {
      method: 'POST',
      token,
      json: { audience: 'parts' },
    });
    expect(exchanged.status).toBe(200);
    expect(exchanged.body.audience).toBe('parts');
    expect(Date.parse(exchanged.body.expires_at) - Date.now()).toBeLessThanOrEqual(300_000);
    expect((await call('getCurrentUser', '/me', { token: exchanged.body.token })).status).toBe(401);
    const bad = await call('exchangeToken', '/tokens', {
      method: 'POST',
      token,
      json: { audience: 'billing' },
    });
    expect(bad.body.errors[0].field).toBe('body.audience');
  });

  it('issues service tokens to Kerf processes with their provisioned secret, and 401 otherwise', async () => {
    const { call, ports } = await setup();
    const secret = readFileSync(join(ports.secretsDir, 'bff.secret'), 'utf8');
    const issued = await call('issueServiceToken', '/service-tokens', {
      method: 'POST',
      json: { client_id: 'bff', client_secret: secret, audience: 'catalog' },
    });
    expect(issued.status).toBe(200);
    const claims = decodeJwt(issued.body.token);
    expect(claims).toMatchObject({ sub: 'service:bff', role: 'service', aud: 'catalog', company: '*' });
    const wrong = await call('issueServiceToken', '/service-tokens', {
      method: 'POST',
      json: { client_id: 'quotes', client_secret: secret, audience: 'catalog' },
    });
    expect(wrong.status).toBe(401);
    const unknown = await call('issueServiceToken', '/service-tokens', {
      method: 'POST',
      json: { client_id: 'evil', client_secret: secret, audience: 'catalog' },
    });
    expect(unknown.body.errors[0].field).toBe('body.client_id');
  });

  it('refuses missing, forged and expired tokens with 401', async () => {
    const { call, ports } = await setup();
    expect((await call('getCurrentUser', '/me')).status).toBe(401);
    // Signed by another key under the kid of identity's own key.
    const forger = await createTestTokens({
      kid: ports.tokens.publicKeys().keys[0]!.kid,
      issuer: identityIssuer,
    });
    const forged = await forger.sign({ sub: 'u', company: 'c', role: 'admin', audience: 'identity' });
    expect((await call('getCurrentUser', '/me', { token: forged })).status).toBe(401);
    const expired = await ports.tokens.sign({ sub: 'u', company: 'c', role: 'admin' }, 'identity', -60);
    expect((await call('listUsers', '/users', { token: expired.token })).status).toBe(401);
  });

  it('lets admins list users with paging; others get 403; bad paging 400', async () => {
    const { call, signInAs } = await setup();
    const admin = await signInAs('admin@kerf.test');
    const page = await call('listUsers', '/users?limit=2&offset=1', { token: admin });
    expect(page.body.count).toBe(4);
    expect(page.body.items).toHaveLength(2);
    expect((await call('listUsers', '/users', { token: admin })).body.items).toHaveLength(4);
    const bad = await call('listUsers', '/users?limit=0&offset=x', { token: admin });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'query.limit',
      'query.offset',
    ]);
    for (const email of ['estimator@kerf.test', 'alice@acme.test']) {
      expect((await call('listUsers', '/users', { token: await signInAs(email) })).status).toBe(403);
    }
  });

  it('lets admins create users; duplicates 409; unknown company 400; company and role of the caller from the token only', async () => {
    const { call, signInAs } = await setup();
    const admin = await signInAs('admin@kerf.test');
    const companies = await call('listCompanies', '/companies', { token: admin });
    const acme = companies.body.items.find((c: { name: string }) => c.name === 'Acme Brackets');
    const user = {
      email: 'carol@acme.test',
      name: 'Carol',
      password: 'long-password',
      role: 'external',
      company_id: acme.id,
    };
    const created = await call('createUser', '/users', { method: 'POST', token: admin, json: user });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'carol@acme.test', company: { name: 'Acme Brackets' } });
    expect((await call('createUser', '/users', { method: 'POST', token: admin, json: user })).status).toBe(
      409,
    );
    const unknown = await call('createUser', '/users', {
      method: 'POST',
      token: admin,
      json: { ...user, email: 'd@acme.test', company_id: 'nope' },
    });
    expect(unknown.body.errors).toEqual([{ field: 'body.company_id', message: 'is not a known company' }]);
    const short = await call('createUser', '/users', {
      method: 'POST',
      token: admin,
      json: { ...user, password: 'short' },
    });
    expect(short.body.errors[0].field).toBe('body.password');
    const alice = await signInAs('alice@acme.test');
    const escalate = await call('createUser', '/users', {
      method: 'POST',
      token: alice,
      json: { ...user, email: 'e@acme.test', role: 'admin' },
    });
    expect(escalate.status).toBe(403);
    const carol = await call('signIn', '/sign-in', {
      method: 'POST',
      json: { email: 'carol@acme.test', password: 'long-password' },
    });
    expect((await call('getCurrentUser', '/me', { token: carol.body.token })).body.role).toBe('external');
  });

  it('lets admins and internal users list companies, only admins create them', async () => {
    const { call, signInAs } = await setup();
    const admin = await signInAs('admin@kerf.test');
    expect(
      (await call('listCompanies', '/companies', { token: await signInAs('estimator@kerf.test') })).body
        .count,
    ).toBe(3);
    expect(
      (await call('listCompanies', '/companies', { token: await signInAs('bob@nordic.test') })).status,
    ).toBe(403);
    const created = await call('createCompany', '/companies', {
      method: 'POST',
      token: admin,
      json: { name: 'Blue Steel' },
    });
    expect(created.status).toBe(201);
    expect(
      (
        await call('createCompany', '/companies', {
          method: 'POST',
          token: admin,
          json: { name: 'Blue Steel' },
        })
      ).status,
    ).toBe(409);
    expect(
      (await call('createCompany', '/companies', { method: 'POST', token: admin, json: { name: '' } })).body
        .errors[0].field,
    ).toBe('body.name');
    const estimator = await signInAs('estimator@kerf.test');
    expect(
      (await call('createCompany', '/companies', { method: 'POST', token: estimator, json: { name: 'X' } }))
        .status,
    ).toBe(403);
  });

  it('gives a company by id to the shop and to services (quotes prints customer names), never to customers', async () => {
    const { call, signInAs } = await setup();
    const estimator = await signInAs('estimator@kerf.test');
    const acme = (await call('listCompanies', '/companies', { token: estimator })).body.items.find(
      (c: { name: string }) => c.name === 'Acme Brackets',
    );
    const one = await call('getCompany', `/companies/${acme.id}`, { token: estimator });
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ id: acme.id, name: 'Acme Brackets' });
    expect((await call('getCompany', '/companies/nope', { token: estimator })).status).toBe(404);
    const alice = await signInAs('alice@acme.test');
    expect((await call('getCompany', `/companies/${acme.id}`, { token: alice })).status).toBe(403);
    expect((await call('getCompany', `/companies/${acme.id}`, {})).status).toBe(401);
  });

  it('answers unknown paths with a 404 problem', async () => {
    const { app } = await setup();
    const res = await app.request('/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
