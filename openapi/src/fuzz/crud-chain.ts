import fc from 'fast-check';
import type { OperationDescriptor } from '@kerf/service-kit';
import type { Schema } from './schema-arbitrary.ts';
import { schemaArbitrary } from './schema-arbitrary.ts';

/** The operations of one resource that form a create -> read -> list -> delete -> read chain. */
export interface CrudChain {
  create: string;
  read: string;
  list: string;
  remove: string;
  /** Name of the path parameter holding the id, e.g. `id`. */
  idParam: string;
  /** Caller (key of the target's callers) allowed to do all of it. */
  caller: string;
  /** Makes a generated body acceptable to business rules the schema cannot say (e.g. a known quality). */
  prepare?: (body: Record<string, unknown>) => Record<string, unknown>;
}

type Send = (
  op: OperationDescriptor,
  input: { path: Record<string, unknown>; query: Record<string, unknown>; body: unknown },
  caller: string,
) => Promise<{ status: number; body: unknown }>;

/**
 * Runs the chain `runs` times with generated bodies: created resources can be read, appear in the list,
 * can be deleted, and then read as 404. Returns the failures found.
 */
export async function runCrudChain(
  chain: CrudChain,
  operations: Map<string, OperationDescriptor>,
  resolve: (node: unknown) => Schema,
  send: Send,
  options: { seed: number; runs: number },
): Promise<string[]> {
  const op = (id: string) => {
    const found = operations.get(id);
    if (!found) throw new Error(`chain names unknown operation ${id}`);
    return found;
  };
  const create = op(chain.create);
  const schema = create.requestBody?.content['application/json']?.schema ?? {};
  const bodies = fc.sample(schemaArbitrary(resolve(schema), resolve), {
    seed: options.seed,
    numRuns: options.runs,
  });
  const failures: string[] = [];
  for (const raw of bodies) {
    const body = chain.prepare ? chain.prepare(raw as Record<string, unknown>) : raw;
    const created = await send(create, { path: {}, query: {}, body }, chain.caller);
    if (created.status === 409) continue; // a generated duplicate: the chain has nothing to follow
    const id = (created.body as { id?: unknown })?.id;
    if (created.status !== 201 || typeof id !== 'string') {
      failures.push(
        `${chain.create} ${JSON.stringify(body)} answered ${created.status}, expected 201 with an id`,
      );
      continue;
    }
    const at = { path: { [chain.idParam]: id }, query: {}, body: undefined };
    const read = await send(op(chain.read), at, chain.caller);
    if (read.status !== 200 || (read.body as { id?: unknown })?.id !== id)
      failures.push(`${chain.read} ${id} after create answered ${read.status}`);
    const listed = await send(
      op(chain.list),
      { path: {}, query: { limit: largestLimit(op(chain.list), resolve) }, body: undefined },
      chain.caller,
    );
    const items = (listed.body as { items?: { id: unknown }[] })?.items ?? [];
    if (!items.some((item) => item.id === id))
      failures.push(`${chain.list} does not contain ${id} after create`);
    const removed = await send(op(chain.remove), at, chain.caller);
    if (removed.status < 200 || removed.status > 299)
      failures.push(`${chain.remove} ${id} answered ${removed.status}`);
    const gone = await send(op(chain.read), at, chain.caller);
    if (gone.status !== 404)
      failures.push(`${chain.read} ${id} after delete answered ${gone.status}, expected 404`);
  }
  return failures;
}

/** The largest page the list operation accepts (its `limit` maximum), so a fresh item is on the page. */
function largestLimit(list: OperationDescriptor, resolve: (node: unknown) => Schema): number {
  const limit = list.parameters.find((p) => p.in === 'query' && p.name === 'limit');
  const maximum = limit ? resolve(limit.schema ?? {}).maximum : undefined;
  return typeof maximum === 'number' ? maximum : 200;
}
