import type { Result } from '../../effects/problem.ts';
import type { PartsApi } from './effects.ts';
import type { Part } from './state.ts';

/** A ready part, for tests. */
export function aPart(id: string, overrides: Partial<Part> = {}): Part {
  return {
    id,
    company_id: 'c1',
    owner_id: 'u1',
    upload_id: `up-${id}`,
    original_name: `${id}.dxf`,
    size_bytes: 100,
    sha256: 'ab'.repeat(32),
    units_choice: null,
    status: 'ready',
    progress: 1,
    revision: 1,
    geometry: null,
    problems: [],
    preview: null,
    error: null,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    processed_at: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The parts service in memory: parts the test puts there, every call recorded. */
export function createFakePartsApi() {
  const parts = new Map<string, Part>();
  const calls: { method: keyof PartsApi; ids: string[] }[] = [];
  const missing = (): Result<never> => ({
    ok: false,
    problem: { type: 'about:blank', title: 'Not found', status: 404, code: 'not-found', errors: [] },
  });
  const rerun = (id: string, patch: Partial<Part>): Result<Part> => {
    const part = parts.get(id);
    if (!part) return missing();
    const next = { ...part, ...patch, status: 'queued' as const, progress: 0, revision: part.revision + 1 };
    parts.set(id, next);
    return { ok: true, data: next };
  };
  let failReads = 0;
  const api: PartsApi = {
    async readMany(ids) {
      calls.push({ method: 'readMany', ids });
      if (failReads > 0) {
        failReads -= 1;
        return {
          ok: false,
          problem: { type: 'about:blank', title: 'x', status: 503, code: 'http-503', errors: [] },
        };
      }
      return { ok: true, data: ids.flatMap((id) => parts.get(id) ?? []) };
    },
    async readProgress(ids) {
      calls.push({ method: 'readProgress', ids });
      const rows = ids.flatMap((id) => parts.get(id) ?? []);
      return {
        ok: true,
        data: rows.map(({ id, status, progress, revision, error }) => ({
          id,
          status,
          progress,
          revision,
          error,
        })),
      };
    },
    async setUnits(id, units) {
      calls.push({ method: 'setUnits', ids: [id] });
      return rerun(id, { units_choice: units });
    },
    async reprocess(id) {
      calls.push({ method: 'reprocess', ids: [id] });
      return rerun(id, {});
    },
    async remove(id) {
      calls.push({ method: 'remove', ids: [id] });
      return parts.delete(id) ? { ok: true, data: null } : missing();
    },
  };
  return {
    api,
    parts,
    calls,
    count: (method: keyof PartsApi) => calls.filter((call) => call.method === method).length,
    /** The next `n` reads of many parts fail. */
    failReads(n: number) {
      failReads = n;
    },
  };
}
