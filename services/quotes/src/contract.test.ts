import { specPath } from '@kerf/openapi';
import { checkAuthorization } from '@kerf/openapi/authz';
import { fuzzContract } from '@kerf/openapi/fuzz';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlateDxf } from './testing/dxf.ts';
import type { Caller, TestQuotes } from './testing/test-quotes.ts';
import { callers, openTestQuotes } from './testing/test-quotes.ts';

let t: TestQuotes;
beforeAll(async () => {
  t = await openTestQuotes();
});
afterAll(() => t.close());

async function tokens() {
  return {
    external: await t.token(callers.alice),
    internal: await t.token(callers.estimator),
    admin: await t.token(callers.admin),
    service: await t.token(callers.service),
  };
}

/** A draft quote of `caller`'s company with one line, and the ids the operations need. */
async function quoteWithLine(caller: Caller, part: string, material: string) {
  const created = await t.call(caller, 'POST', '/quotes', { name: `${caller.company} quote` });
  const quote = ((await created.json()) as { id: string }).id;
  const added = await t.call(caller, 'POST', `/quotes/${quote}/lines`, {
    lines: [{ part_id: part, material_id: material, quantity: 5 }],
  });
  const line = ((await added.json()) as { lines: { id: string }[] }).lines[0]!.id;
  return { quote, line };
}

describe('quotes contract', () => {
  it('honours the authorization matrix for every operation, caller and company', async () => {
    const material = await t.material('mild-steel', 3);
    const acmePart = await t.addPart('acme', workedPlateDxf());
    const nordicPart = await t.addPart('nordic', workedPlateDxf());
    const own = await quoteWithLine(callers.alice, acmePart, material);
    const other = await quoteWithLine(callers.bob, nordicPart, material);
    const failures = await checkAuthorization({
      name: 'quotes',
      spec: specPath('quotes'),
      fetch: async (request) => t.app.fetch(request),
      tokens: await tokens(),
      pathValues: (_operationId, whose) => {
        const ids = whose === 'own' ? own : other;
        return { id: ids.quote, line_id: ids.line };
      },
      body: (operationId) => {
        if (operationId === 'createQuote') return { name: 'Authorization check' };
        if (operationId === 'previewPrice') return { part_id: acmePart, material_id: material, quantity: 2 };
        return undefined;
      },
      seed: 6,
    });
    expect(failures).toEqual([]);
  });

  it('survives the contract fuzzer: no 5xx, documented answers, invalid input 400, auth 401, CRUD chain', async () => {
    const report = await fuzzContract(
      {
        spec: specPath('quotes'),
        fetch: async (request) => t.app.fetch(request),
        callers: await tokens(),
        privileged: 'admin',
        chains: [
          {
            create: 'createQuote',
            read: 'getQuote',
            list: 'listQuotes',
            remove: 'deleteQuote',
            idParam: 'id',
            caller: 'internal',
            // A generated validity date may lie in the past and a generated name may be blank.
            prepare: ({ name, company_id }) => ({
              name: `Fuzz ${String(name).slice(0, 100)}`,
              ...(company_id === undefined ? {} : { company_id }),
            }),
          },
        ],
      },
      { seed: 2026, runs: 8 },
    );
    console.info(`quotes fuzz: ${report.cases} generated cases`);
    expect(report.failures.slice(0, 10)).toEqual([]);
    expect(report.cases).toBeGreaterThan(500);
  });
});
