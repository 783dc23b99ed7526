import { specPath } from '@kerf/openapi';
import { checkAuthorization } from '@kerf/openapi/authz';
import { fuzzContract } from '@kerf/openapi/fuzz';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './testing/test-catalog.ts';

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp();
});
afterEach(() => t.close());

async function tokens() {
  return {
    external: await t.token('external', { company: 'acme' }),
    internal: await t.token('internal'),
    admin: await t.token('admin'),
    service: await t.token('service', { company: '*' }),
  };
}

async function firstId(path: string): Promise<string> {
  const response = await t.call('internal', 'GET', `${path}?limit=1`);
  return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
}

describe('catalog contract', () => {
  it('honours the authorization matrix for every operation and caller', async () => {
    const material = await firstId('/materials');
    const parameter = await firstId('/cutting-parameters');
    const failures = await checkAuthorization({
      name: 'catalog',
      spec: specPath('catalog'),
      fetch: async (request) => t.app.fetch(request),
      tokens: await tokens(),
      pathValues: (operationId) => ({
        id: operationId.includes('CuttingParameter') ? parameter : material,
        reference: 'quote-line:authz',
      }),
      seed: 11,
    });
    expect(failures).toEqual([]);
  });

  it('survives the contract fuzzer: no 5xx, documented answers, invalid input 400, auth 401, CRUD chains', async () => {
    const report = await fuzzContract(
      {
        spec: specPath('catalog'),
        fetch: async (request) => t.app.fetch(request),
        callers: await tokens(),
        privileged: 'admin',
        chains: [
          {
            create: 'createMaterial',
            read: 'getMaterial',
            list: 'listMaterials',
            remove: 'deleteMaterial',
            idParam: 'id',
            caller: 'admin',
            prepare: (body) => ({ ...body, quality: 'stainless' }),
          },
          {
            create: 'createCuttingParameter',
            read: 'getCuttingParameter',
            list: 'listCuttingParameters',
            remove: 'deleteCuttingParameter',
            idParam: 'id',
            caller: 'internal',
            prepare: (body) => ({ ...body, quality: 'brass' }),
          },
        ],
      },
      { seed: 2026, runs: 8 },
    );
    console.info(`catalog fuzz: ${report.cases} generated cases`);
    expect(report.failures.slice(0, 10)).toEqual([]);
  });
});
