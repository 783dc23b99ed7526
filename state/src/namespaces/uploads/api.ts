import type { BffClient } from '../../effects/bff-client.ts';
import { networkProblem, toProblem, type Result } from '../../effects/problem.ts';
import type { UploadsApi } from './effects.ts';

async function attempt<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, problem: networkProblem(error) };
  }
}

/** The batch progress reads of the BFF contract. */
export function createUploadsApi(client: BffClient): UploadsApi {
  return {
    readBatch: (batch, since) =>
      attempt(async () => {
        const { data, error, response } = await client.GET('/api/uploads/batches/{batch}', {
          params: { path: { batch }, query: { since } },
        });
        return data ? { ok: true, data } : { ok: false, problem: toProblem(error, response) };
      }),
    listBatches: () =>
      attempt(async () => {
        const { data, error, response } = await client.GET('/api/uploads/batches');
        return data ? { ok: true, data: data.items } : { ok: false, problem: toProblem(error, response) };
      }),
  };
}
