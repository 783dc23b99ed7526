import { specPath } from '@kerf/openapi';
import { checkAuthorization } from '@kerf/openapi/authz';
import { fuzzContract } from '@kerf/openapi/fuzz';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewPartInput } from './stories/create-part.ts';
import { plateDxf } from './testing/dxf-samples.ts';
import type { TestApp } from './testing/test-app.ts';
import { openTestApp } from './testing/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp();
});
afterEach(() => t.close());

const plate = plateDxf({ width: 60, height: 40, holes: [{ x: 20, y: 20, d: 8 }] });

async function tokens() {
  return {
    external: await t.token({ role: 'external', company: 'acme', sub: 'alice' }),
    internal: await t.token({ role: 'internal', company: 'shop' }),
    admin: await t.token({ role: 'admin', company: 'shop' }),
    service: await t.token({ role: 'service' }),
  };
}

async function partOf(company: string): Promise<string> {
  const fields = await t.parts.upload(plate);
  const response = await t.call({ role: 'service' }, 'POST', '/parts', {
    ...fields,
    company_id: company,
    owner_id: `owner-${company}`,
  });
  return ((await response.json()) as { id: string }).id;
}

describe('parts contract', () => {
  it('honours the authorization matrix for every operation and caller', async () => {
    const own = await partOf('acme');
    const other = await partOf('nordic');
    const body = await t.parts.upload(plate);
    const failures = await checkAuthorization({
      name: 'parts',
      spec: specPath('parts'),
      fetch: async (request) => t.app.fetch(request),
      tokens: await tokens(),
      pathValues: (_operationId, whose) => ({ id: whose === 'own' ? own : other }),
      body: (operationId) => (operationId === 'createPart' ? body : undefined),
      seed: 17,
    });
    expect(failures).toEqual([]);
  });

  it('survives the contract fuzzer: no 5xx, documented answers, invalid input 400, auth 401, CRUD chains', async () => {
    const blobs: NewPartInput[] = [];
    for (let i = 0; i < 8; i += 1) blobs.push(await t.parts.upload(plate));
    const report = await fuzzContract(
      {
        spec: specPath('parts'),
        fetch: async (request) => t.app.fetch(request),
        callers: await tokens(),
        privileged: 'admin',
        chains: [
          {
            create: 'createPart',
            read: 'getPart',
            list: 'listParts',
            remove: 'deletePart',
            idParam: 'id',
            caller: 'internal',
            // A generated body names no stored blob: swap in one of ours; users may not name an owner.
            prepare: (generated) => {
              const { company_id: _company, owner_id: _owner, ...rest } = generated;
              const blob = blobs.shift()!;
              return { ...rest, blob_key: blob.blob_key, sha256: blob.sha256, size_bytes: blob.size_bytes };
            },
          },
        ],
      },
      { seed: 2026, runs: 8 },
    );
    console.info(`parts fuzz: ${report.cases} generated cases`);
    expect(report.failures.slice(0, 10)).toEqual([]);
  });
});
