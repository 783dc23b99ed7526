import { describe, expect, it } from 'vitest';
import { httpCompanyDirectory } from './http-company-directory.ts';

const tokens = { token: async (audience: string) => `token-for-${audience}` };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('httpCompanyDirectory', () => {
  it('reads the name from identity with a service token for the identity audience', async () => {
    const seen: Request[] = [];
    const directory = httpCompanyDirectory({
      baseUrl: 'http://identity.test',
      tokens,
      fetch: async (request) => {
        seen.push(request);
        return json(200, { id: 'acme', name: 'Acme Brackets' });
      },
    });
    expect(await directory.name('acme')).toBe('Acme Brackets');
    expect(seen[0]!.url).toBe('http://identity.test/companies/acme');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer token-for-identity');
  });

  it('answers null for an unknown company and rejects when identity fails', async () => {
    const missing = httpCompanyDirectory({
      baseUrl: 'http://identity.test',
      tokens,
      fetch: async () => json(404, { type: 'about:blank', title: 'Not found', status: 404 }),
    });
    expect(await missing.name('ghost')).toBeNull();
    const down = httpCompanyDirectory({
      baseUrl: 'http://identity.test',
      tokens,
      fetch: async () => json(403, { type: 'about:blank', title: 'Forbidden', status: 403 }),
    });
    await expect(down.name('acme')).rejects.toThrow(/identity company acme: answered 403/);
  });
});
