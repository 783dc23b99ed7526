import type { Clock } from '../../effects/clock.ts';
import type { Collector } from '../../effects/collector.ts';
import type { PartsClient } from '../../effects/parts-client.ts';
import { networkProblem, toProblem, type Result } from '../../effects/problem.ts';
import type { TimeoutPoll } from '../../effects/timeout-poll.ts';
import type { Part, PartProgress, Units } from './state.ts';

/** The most ids one list request may name. */
export const MAX_IDS = 250;

/** How long ids asked for are gathered before one request loads them all. */
export const LOAD_GATHER_MS = 50;

/** Waits before reading parts again after a failed read (then it is left to the next change). */
export const RETRY_LOAD_MS = [2000, 5000, 10000];

/** The parts service, as the browser reaches it through the BFF. */
export interface PartsApi {
  /** Many parts with their previews in one request (at most 250 ids); invisible ids are left out. */
  readMany(ids: string[]): Promise<Result<Part[]>>;
  /** Status and progress of many parts (at most 250 ids). */
  readProgress(ids: string[]): Promise<Result<PartProgress[]>>;
  /** Chooses the drawing units; the part is processed again. */
  setUnits(id: string, units: Units): Promise<Result<Part>>;
  /** Processes a part again. */
  reprocess(id: string): Promise<Result<Part>>;
  /** Deletes a part. */
  remove(id: string): Promise<Result<null>>;
}

/** The parts namespace's effects. */
export interface PartsEffects {
  api: PartsApi;
  clock: Clock;
  /** Gathers part ids to load so that a burst of ready rows becomes one request. */
  loads: Collector<true>;
  /** Follows parts being processed again (after a units choice or a retry). */
  poll: TimeoutPoll;
}

async function attempt<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, problem: networkProblem(error) };
  }
}

/** Builds the parts API on a parts client. (openapi-fetch widens the contract's tuples, e.g. `bbox`, to arrays: cast back.) */
export function createPartsApi(client: PartsClient): PartsApi {
  return {
    readMany: (ids) =>
      attempt(async () => {
        const { data, error, response } = await client.GET('/parts', {
          params: { query: { ids: ids.join(','), with_preview: true, limit: MAX_IDS } },
        });
        return data
          ? { ok: true, data: data.items as Part[] }
          : { ok: false, problem: toProblem(error, response) };
      }),
    readProgress: (ids) =>
      attempt(async () => {
        const { data, error, response } = await client.GET('/parts/progress', {
          params: { query: { ids: ids.join(',') } },
        });
        return data ? { ok: true, data: data.items } : { ok: false, problem: toProblem(error, response) };
      }),
    setUnits: (id, units) =>
      attempt(async () => {
        const { data, error, response } = await client.POST('/parts/{id}/units', {
          params: { path: { id } },
          body: { units },
        });
        return data ? { ok: true, data: data as Part } : { ok: false, problem: toProblem(error, response) };
      }),
    reprocess: (id) =>
      attempt(async () => {
        const { data, error, response } = await client.POST('/parts/{id}/reprocess', {
          params: { path: { id } },
        });
        return data ? { ok: true, data: data as Part } : { ok: false, problem: toProblem(error, response) };
      }),
    remove: (id) =>
      attempt(async () => {
        const { error, response } = await client.DELETE('/parts/{id}', { params: { path: { id } } });
        return response.ok || response.status === 404
          ? { ok: true, data: null }
          : { ok: false, problem: toProblem(error, response) };
      }),
  };
}
