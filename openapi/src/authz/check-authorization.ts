import fc from 'fast-check';
import { listOperations, loadSpec } from '@kerf/service-kit';
import { buildRequest, requestArbitrary, resolver } from '../fuzz/contract-fuzzer.ts';
import { authorizationMatrix, statusMatches, type Caller } from './matrix.ts';

/** A service app and what it takes to call each operation as each caller. */
export interface AuthorizationTarget {
  /** Contract name, e.g. `catalog` (its row of the matrix). */
  name: string;
  /** Path of the contract file. */
  spec: string;
  fetch: (request: Request) => Promise<Response>;
  /** A bearer token per caller; `anonymous` sends none. */
  tokens: Partial<Record<Exclude<Caller, 'anonymous'>, string>>;
  /** Real path values (ids of existing resources), for a resource of the caller's own company or another's. */
  pathValues?: (operationId: string, whose: 'own' | 'other') => Record<string, string>;
  /** A body that passes the business rules, where a generated one would not. */
  body?: (operationId: string) => unknown;
  seed: number;
}

/** The order callers are tried in: the destructive ones last, so the others still find the resources. */
const callers: Caller[] = ['anonymous', 'external', 'service', 'internal', 'admin'];

/** Calls every operation of a contract as every caller and returns where the matrix was not honoured. */
export async function checkAuthorization(target: AuthorizationTarget): Promise<string[]> {
  const spec = loadSpec(target.spec);
  const resolve = resolver(spec);
  const row = authorizationMatrix[target.name];
  if (!row) return [`no row for ${target.name} in the authorization matrix`];
  const failures: string[] = [];
  // Deletions go last so that the other operations still find the resources they are given.
  const operations = listOperations(spec).sort(
    (a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'),
  );
  for (const [index, op] of operations.entries()) {
    const access = row[op.operationId];
    if (!access) {
      failures.push(`${op.operationId} is missing from the authorization matrix`);
      continue;
    }
    const [sample] = fc.sample(requestArbitrary(op, resolve), { seed: target.seed + index, numRuns: 1 });
    for (const caller of callers) {
      const token = caller === 'anonymous' ? null : (target.tokens[caller] ?? null);
      if (caller !== 'anonymous' && token === null) continue;
      const expected = access[caller];
      for (const whose of expected === 'own' ? (['own', 'other'] as const) : (['own'] as const)) {
        const input = {
          ...sample!,
          path: { ...sample!.path, ...(target.pathValues?.(op.operationId, whose) ?? {}) },
          body: target.body?.(op.operationId) ?? sample!.body,
        };
        const response = await target.fetch(buildRequest('http://service.test', op, input, token));
        await response.body?.cancel();
        if (!statusMatches(expected, response.status, whose === 'own')) {
          failures.push(
            `${op.operationId} as ${caller} (${whose}): expected ${expected}, got ${response.status}`,
          );
        }
      }
    }
  }
  return failures;
}
