import type { Problem, Result } from '../../effects/problem.ts';
import type { QuotesApi } from './effects.ts';
import type {
  FullQuote,
  LinesChange,
  MaterialOption,
  PricePreview,
  QuoteLine,
  QuoteSummary,
} from './types.ts';

const AT = '2026-01-01T00:00:00.000Z';

/** A draft quote summary as the shop sees it, for tests. */
export function aQuoteSummary(overrides: Partial<QuoteSummary> = {}): QuoteSummary {
  return {
    id: 'q1',
    company_id: 'acme',
    name: 'Brackets',
    status: 'draft',
    valid_until: '2026-02-01',
    currency: 'EUR',
    totals: { total_cents: 12000, line_count: 1, blocked_line_count: 0 },
    created_by: 'u1',
    created_at: AT,
    updated_at: AT,
    sent_at: null,
    accepted_at: null,
    view: 'internal',
    costs: { cost_cents: 9000, margin_cents: 3000, machine_time_s: 30 },
    ...overrides,
  } as QuoteSummary;
}

/** A priced line as the shop sees it, for tests. */
export function aLine(overrides: Partial<QuoteLine> = {}): QuoteLine {
  return {
    id: 'l1',
    position: 0,
    part_id: 'p1',
    part_name: 'plate.dxf',
    material_id: 'm1',
    material: { name: 'S235', quality: 'mild-steel', thickness: 3 },
    quantity: 10,
    lead_time: 'standard',
    units: null,
    priced_at: AT,
    created_at: AT,
    updated_at: AT,
    status: 'priced',
    unit_price_cents: 1200,
    total_cents: 12000,
    quantity_breaks: [{ quantity: 1, unit_price_cents: 4000, total_cents: 4000 }],
    shares: { machine: 0.4, material: 0.3, setup: 0.3, minimum_charge: 0, lead_time: 0 },
    problems: [],
    breakdown: null,
    ...overrides,
  } as QuoteLine;
}

/** A material option (3 mm S235 mild steel), for tests. */
export function aMaterialOption(overrides: Partial<MaterialOption> = {}): MaterialOption {
  return { id: 'm1', name: 'S235', quality: 'mild-steel', thickness: 3, density: 7850, ...overrides };
}

/** A priced preview as customers see it, for tests. */
export function aPreview(overrides: Partial<PricePreview> = {}): PricePreview {
  return {
    view: 'external',
    part_id: 'p1',
    material_id: 'm1',
    material: { name: 'S235', quality: 'mild-steel', thickness: 3 },
    quantity: 10,
    lead_time: 'standard',
    units: null,
    status: 'priced',
    unit_price_cents: 331,
    total_cents: 3307,
    quantity_breaks: [
      { quantity: 1, unit_price_cents: 2500, total_cents: 2500 },
      { quantity: 10, unit_price_cents: 331, total_cents: 3307 },
    ],
    shares: { machine: 0.4, material: 0.3, setup: 0.3, minimum_charge: 0, lead_time: 0 },
    problems: [],
    ...overrides,
  } as PricePreview;
}

/** A quote with these lines, for tests. */
export function aQuote(lines: QuoteLine[] = [aLine()], overrides: Partial<QuoteSummary> = {}): FullQuote {
  return { ...aQuoteSummary(overrides), lines } as FullQuote;
}

/** A lines change answer, for tests. */
export function aLinesChange(lines: QuoteLine[], quote: Partial<QuoteSummary> = {}): LinesChange {
  return { view: 'internal', quote: aQuoteSummary(quote), lines } as LinesChange;
}

/** A failed result with a problem of this status and code. */
export function quotesFailure(
  status: number,
  code: string,
  errors: { field: string; message: string }[] = [],
): Result<never> {
  const problem: Problem = { type: 'about:blank', title: code, status, code, errors };
  return { ok: false, problem };
}

/** A quotes API whose every method fails unless the test gives it an answer; calls are recorded. */
export function fakeQuotesApi(answers: Partial<QuotesApi> = {}) {
  const calls: { method: keyof QuotesApi; args: unknown[] }[] = [];
  const methods: (keyof QuotesApi)[] = [
    'listQuotes',
    'createQuote',
    'getQuote',
    'updateQuote',
    'deleteQuote',
    'duplicateQuote',
    'addLines',
    'updateLine',
    'updateLines',
    'removeLine',
    'previewPrice',
    'listMaterialOptions',
  ];
  const api = Object.fromEntries(
    methods.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args: structuredClone(args) });
        const answer = answers[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
        return answer ? answer(...args) : Promise.resolve(quotesFailure(500, 'not-mocked'));
      },
    ]),
  ) as unknown as QuotesApi;
  return { api, calls };
}
