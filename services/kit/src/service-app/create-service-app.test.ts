import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log/logger.ts';
import type { OperationHandler } from '../openapi/handler-types.ts';
import { fail, ok } from '../result/result.ts';
import { createServiceApp } from './create-service-app.ts';

const spec = fileURLToPath(new URL('../openapi/fixtures/pets.yaml', import.meta.url));
const alice = { sub: 'u1', company: 'c1', role: 'external' as const };
const pets: OperationHandler<unknown> = (r) => r.c.json([]);

/** The pets app with a logger whose events the test reads. */
function build(options: { onAuthFailure?: (reason: unknown) => void } = {}) {
  const lines: string[] = [];
  const app = createServiceApp({
    spec,
    logger: createLogger({ write: (line) => lines.push(line) }),
    handlers: {
      listPets: pets,
      createPet: () => {
        throw new Error('database on fire');
      },
      getPet: pets,
    },
    authenticate: async (token) => (token === 'good' ? ok(alice) : fail('bad-token')),
    ...options,
  });
  const events = () => lines.map((line) => JSON.parse(line) as { event: string } & Record<string, unknown>);
  return { app, events };
}

describe('createServiceApp', () => {
  it('serves the contract and logs one line per request', async () => {
    const { app, events } = build();
    expect((await app.request('/pets')).status).toBe(200);
    expect(events()).toEqual([expect.objectContaining({ event: 'request', method: 'GET', status: 200 })]);
  });

  it('answers unknown paths with a 404 problem', async () => {
    const res = await build().app.request('/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'not-found' });
  });

  it('answers an unhandled error with a 500 problem that reveals nothing, and logs it', async () => {
    const { app, events } = build();
    const res = await app.request('/pets', {
      method: 'POST',
      headers: { authorization: 'Bearer good', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Rex', owner: 'rex@example.test' }),
    });
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('fire');
    expect(events().map((e) => e.event)).toContain('unhandled-error');
  });

  it('logs a refused token as a warning, or as the service says', async () => {
    const { app, events } = build();
    expect((await app.request('/pets/1', { headers: { authorization: 'Bearer bad' } })).status).toBe(401);
    expect(events()).toContainEqual(
      expect.objectContaining({ event: 'token-refused', level: 'warn', reason: 'bad-token' }),
    );
    const reasons: unknown[] = [];
    const own = build({ onAuthFailure: (reason) => reasons.push(reason) });
    await own.app.request('/pets/1', { headers: { authorization: 'Bearer bad' } });
    expect(reasons).toEqual(['bad-token']);
    expect(own.events().map((e) => e.event)).not.toContain('token-refused');
  });
});
