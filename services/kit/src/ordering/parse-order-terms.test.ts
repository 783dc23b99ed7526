import { describe, expect, it } from 'vitest';
import { parseOrderTerms } from './parse-order-terms.ts';

const fields = ['name', 'quality', 'thickness'] as const;

describe('parseOrderTerms', () => {
  it('reads several fields with - for descending, keeping the first of a repeated field', () => {
    expect(parseOrderTerms('quality,-thickness,-quality', fields)).toEqual({
      ok: true,
      data: [
        { field: 'quality', descending: false },
        { field: 'thickness', descending: true },
      ],
    });
  });

  it('ignores blanks around a field name', () => {
    expect(parseOrderTerms(' name ,-thickness ', fields)).toEqual({
      ok: true,
      data: [
        { field: 'name', descending: false },
        { field: 'thickness', descending: true },
      ],
    });
  });

  it('refuses a field outside the allowed ones as invalid input naming query.ordering', () => {
    expect(parseOrderTerms('name,price_per_kg', fields)).toEqual({
      ok: false,
      reason: {
        kind: 'invalid',
        code: 'invalid-input',
        detail: 'Cannot order by "price_per_kg".',
        field: 'query.ordering',
      },
    });
    expect(parseOrderTerms('', fields).ok).toBe(false);
  });
});
