import type { Problem, Result } from '../../effects/problem.ts';
import type { CatalogApi } from './effects.ts';
import type { CatalogMaterial, CuttingParameter, Quality } from './types.ts';

/** A material as internal users see it, for tests. */
export function aMaterial(overrides: Partial<CatalogMaterial> = {}): CatalogMaterial {
  return {
    id: 'm1',
    name: 'Mild steel',
    quality: 'mild-steel',
    thickness: 3,
    density: 7850,
    price_per_kg: 1.2,
    is_active: true,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** Cutting parameters, for tests. */
export function aCuttingParameter(overrides: Partial<CuttingParameter> = {}): CuttingParameter {
  return {
    id: 'c1',
    quality: 'mild-steel',
    thickness: 3,
    speed_mm_per_min: 4100,
    pierce_time_s: 0.5,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The seeded qualities, for tests. */
export const qualities: Quality[] = [
  { id: 'mild-steel', name: 'Mild steel', density: 7850, created_at: '2026-01-01T00:00:00.000Z' },
  { id: 'stainless', name: 'Stainless steel', density: 8000, created_at: '2026-01-01T00:00:00.000Z' },
];

/** A failed result with a problem of this status and code. */
export function failure(
  status: number,
  code: string,
  errors: { field: string; message: string }[] = [],
): Result<never> {
  const problem: Problem = { type: 'about:blank', title: code, status, code, errors };
  return { ok: false, problem };
}

/** A catalog API whose every method fails unless the test gives it an answer; calls are recorded. */
export function fakeCatalogApi(answers: Partial<CatalogApi> = {}) {
  const calls: { method: keyof CatalogApi; args: unknown[] }[] = [];
  const unanswered = async () => failure(500, 'not-mocked');
  const methods: (keyof CatalogApi)[] = [
    'listMaterials',
    'createMaterial',
    'updateMaterial',
    'deactivateMaterial',
    'deleteMaterial',
    'listQualities',
    'listCuttingParameters',
    'createCuttingParameter',
    'updateCuttingParameter',
    'deleteCuttingParameter',
    'getShopRates',
    'updateShopRates',
  ];
  const api = Object.fromEntries(
    methods.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args: structuredClone(args) });
        const answer = answers[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
        return answer ? answer(...args) : unanswered();
      },
    ]),
  ) as unknown as CatalogApi;
  return { api, calls };
}
