import type { BffClient } from '../../effects/bff-client.ts';
import { networkProblem, toProblem, type Result } from '../../effects/problem.ts';
import type { UploadsApi } from './effects.ts';

/** A 200 whose body is not what the contract says (a proxy's page, a stale server). */
function strange(response: Response): Result<never> {
  const problem = {
    type: 'about:blank',
    title: 'Unexpected answer',
    status: response.status,
    code: 'invalid-answer',
    errors: [],
  };
  return { ok: false, problem };
}

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
        if (!data) return { ok: false, problem: toProblem(error, response) };
        return Array.isArray(data.items) && Number.isInteger(data.version)
          ? { ok: true, data }
          : strange(response);
      }),
    listBatches: () =>
      attempt(async () => {
        const { data, error, response } = await client.GET('/api/uploads/batches');
        if (!data) return { ok: false, problem: toProblem(error, response) };
        return Array.isArray(data.items) ? { ok: true, data: data.items } : strange(response);
      }),
  };
}
