import { describe, expect, it } from 'vitest';
import { createServiceTokenSource } from './service-token-source.ts';

describe('createServiceTokenSource', () => {
  it('asks identity once per audience and renews shortly before expiry', async () => {
    let now = 1_000_000;
    const asked: unknown[] = [];
    const source = createServiceTokenSource({
      identityUrl: 'http://identity.test',
      clientId: 'bff',
      secret: 's'.repeat(43),
      now: () => now,
      fetch: async (request) => {
        const body = (await request.json()) as { audience: string };
        asked.push(body);
        const expires = new Date(now + 300_000).toISOString();
        return Response.json({
          token: `t-${body.audience}-${asked.length}`,
          audience: body.audience,
          expires_at: expires,
        });
      },
    });
    expect(await source.token('catalog')).toBe('t-catalog-1');
    expect(await source.token('catalog')).toBe('t-catalog-1');
    expect(await source.token('parts')).toBe('t-parts-2');
    now += 280_000;
    expect(await source.token('catalog')).toBe('t-catalog-3');
    expect(asked[0]).toEqual({ client_id: 'bff', client_secret: 's'.repeat(43), audience: 'catalog' });
  });

  it('rejects when identity refuses', async () => {
    const source = createServiceTokenSource({
      identityUrl: 'http://identity.test',
      clientId: 'bff',
      secret: 'x',
      fetch: async () => new Response('{}', { status: 401 }),
    });
    await expect(source.token('catalog')).rejects.toThrow(/refused/);
  });
});
