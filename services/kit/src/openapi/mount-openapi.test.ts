import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../result/result.ts';
import { createContractChecker } from './contract-checker.ts';
import { mountOpenApi } from './mount-openapi.ts';
import type { OperationHandler } from './handler-types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed JSON bodies
const read = (res: Response): Promise<any> => res.json();

const spec = fileURLToPath(new URL('./fixtures/pets.yaml', import.meta.url));
const contract = createContractChecker(spec);
const alice = { sub: 'u1', company: 'c1', role: 'external' as const };

type Echo = OperationHandler<unknown>;
const echo: Echo = (r) =>
  r.c.json({ path: r.path, query: r.query, headers: r.headers, body: r.body, who: r.principal });

function build(handlers: Record<string, Echo> = {}) {
  const app = new Hono();
  mountOpenApi(app, {
    spec,
    handlers: { listPets: echo, createPet: echo, getPet: echo, ...handlers },
    authenticate: async (token) => (token === 'good' ? ok(alice) : fail('bad-token')),
  });
  return app;
}

const auth = { authorization: 'Bearer good' };
const json = { ...auth, 'content-type': 'application/json' };

describe('mountOpenApi', () => {
  it('coerces query strings to integers, booleans and arrays and fills defaults', async () => {
    const res = await build().request('/pets?vaccinated=true&tag=a&tag=b');
    expect(res.status).toBe(200);
    expect((await read(res)).query).toEqual({ limit: 5, vaccinated: true, tag: ['a', 'b'] });
    const single = await build().request('/pets?limit=3&tag=a');
    expect((await read(single)).query).toEqual({ limit: 3, tag: ['a'] });
  });

  it('answers 400 naming the query field before the handler runs', async () => {
    let ran = false;
    const app = build({ listPets: (r) => ((ran = true), r.c.json({})) });
    const res = await app.request('/pets?limit=abc&vaccinated=maybe');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await contract.assertResponse('listPets', res)) as {
      code: string;
      errors: { field: string }[];
    };
    expect(body.code).toBe('invalid-input');
    expect(body.errors.map((e) => e.field).sort()).toEqual(['query.limit', 'query.vaccinated']);
    expect(ran).toBe(false);
  });

  it('validates header parameters by lower-case name', async () => {
    const bad = await build().request('/pets', { headers: { 'X-Trace': 'NOPE1' } });
    expect((await read(bad)).errors).toEqual([
      { field: 'header.x-trace', message: 'must match pattern "^[a-z]+$"' },
    ]);
    const good = await build().request('/pets', { headers: { 'X-Trace': 'abc' } });
    expect((await read(good)).headers).toEqual({ 'x-trace': 'abc' });
  });

  it('coerces and validates path parameters', async () => {
    const res = await build().request('/pets/7', { headers: auth });
    expect((await read(res)).path).toEqual({ id: 7 });
    const bad = await build().request('/pets/0', { headers: auth });
    expect(bad.status).toBe(400);
    expect((await read(bad)).errors[0].field).toBe('path.id');
  });

  it('requires a bearer token unless security is empty, and passes the principal on', async () => {
    for (const headers of [{}, { authorization: 'Bearer bad' }, { authorization: 'Basic abc' }] as Record<
      string,
      string
    >[]) {
      const res = await build().request('/pets/1', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect((await read(res)).code).toBe('unauthorized');
    }
    expect((await read(await build().request('/pets/1', { headers: auth }))).who).toEqual(alice);
    expect((await read(await build().request('/pets'))).who).toBeNull();
  });

  it('checks authentication before validating input', async () => {
    const res = await build().request('/pets', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
  });

  it('answers 400 naming body fields: missing, wrong type, format, unknown, nested', async () => {
    const res = await build().request('/pets', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ owner: 'not-an-email', tags: ['ok', 'too-long'], extra: 1 }),
    });
    expect(res.status).toBe(400);
    const errors = (await read(res)).errors as { field: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'body.name', message: 'is required' },
        { field: 'body.extra', message: 'is not allowed' },
        { field: 'body.owner', message: 'must match format "email"' },
        { field: 'body.tags[1]', message: 'must NOT have more than 5 characters' },
      ]),
    );
    const wrongType = await build().request('/pets', {
      method: 'POST',
      headers: json,
      body: '{"name":1,"owner":"a@b.c"}',
    });
    expect((await read(wrongType)).errors).toEqual([{ field: 'body.name', message: 'must be string' }]);
  });

  it('answers 400 on a NUL character in any string of the query or the body (PostgreSQL cannot store it)', async () => {
    const query = await build().request('/pets?tag=a%00b');
    expect(query.status).toBe(400);
    expect((await read(query)).errors).toEqual([
      { field: 'query.tag[0]', message: 'must not contain the NUL character (U+0000)' },
    ]);
    const body = await build().request('/pets', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'r\u0000x', owner: 'a@b.c', tags: ['ok', '\u0000'] }),
    });
    expect(body.status).toBe(400);
    expect((await read(body)).errors).toEqual([
      { field: 'body.name', message: 'must not contain the NUL character (U+0000)' },
      { field: 'body.tags[1]', message: 'must not contain the NUL character (U+0000)' },
    ]);
  });

  it('answers 400 on a missing or malformed body and 415 on another content type', async () => {
    const missing = await build().request('/pets', { method: 'POST', headers: auth });
    expect((await read(missing)).errors).toEqual([{ field: 'body', message: 'is required' }]);
    const malformed = await build().request('/pets', { method: 'POST', headers: json, body: '{"name":' });
    expect((await read(malformed)).errors).toEqual([{ field: 'body', message: 'is not valid JSON' }]);
    const text = await build().request('/pets', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: 'name=rex',
    });
    expect(text.status).toBe(415);
    expect((await read(text)).code).toBe('unsupported-media-type');
  });

  it('answers 413 when the body is larger than allowed', async () => {
    const app = new Hono();
    mountOpenApi(app, {
      spec,
      handlers: { listPets: echo, createPet: echo, getPet: echo },
      authenticate: async () => ok(alice),
      maxBodyBytes: 10,
    });
    const res = await app.request('/pets', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'a'.repeat(20) }),
    });
    expect(res.status).toBe(413);
  });

  it('hands a valid body to the handler, typed replies go out as JSON', async () => {
    const app = build({ createPet: (r) => r.c.json({ id: 1, ...(r.body as unknown as object) }, 201) });
    const res = await app.request('/pets', {
      method: 'POST',
      headers: { ...json, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ name: 'Rex', owner: 'a@b.test' }),
    });
    expect(res.status).toBe(201);
    expect(await contract.assertResponse('createPet', res)).toEqual({
      id: 1,
      name: 'Rex',
      owner: 'a@b.test',
    });
  });

  it('fails at startup when an operation has no handler or a handler no operation', () => {
    const app = new Hono();
    expect(() =>
      mountOpenApi(app, {
        spec,
        handlers: { listPets: echo, createPet: echo },
        authenticate: async () => ok(alice),
      }),
    ).toThrow(/no handler for operationId getPet/);
    expect(() =>
      mountOpenApi(app, {
        spec,
        handlers: { listPets: echo, createPet: echo, getPet: echo, deletePet: echo },
        authenticate: async () => ok(alice),
      }),
    ).toThrow(/unknown operationId deletePet/);
    expect(() =>
      mountOpenApi(app, { spec, handlers: { listPets: echo, createPet: echo, getPet: echo } }),
    ).toThrow(/no authenticate/);
  });
});

describe('createContractChecker', () => {
  it('reports undocumented statuses, wrong content types and schema mismatches', () => {
    expect(
      contract.check('getPet', 200, 'application/json', { id: 1, name: 'Rex', owner: 'a@b.test' }),
    ).toEqual([]);
    expect(contract.check('getPet', 404, 'application/json', {})).toEqual([
      'status 404 is not documented for getPet',
    ]);
    expect(contract.check('getPet', 200, 'text/html', {})[0]).toMatch(/content type text\/html/);
    expect(
      contract.check('getPet', 200, 'application/json', { id: 'x', name: 'Rex', owner: 'a@b.test', more: 1 }),
    ).toEqual(expect.arrayContaining(['body.id must be integer']));
    expect(contract.check('nope', 200, null, null)).toEqual(['unknown operationId nope']);
  });

  it('throws with the details when a response breaks the contract', async () => {
    const res = new Response(JSON.stringify({ id: 1 }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    await expect(contract.assertResponse('getPet', res)).rejects.toThrow(/body.name is required/);
  });
});
