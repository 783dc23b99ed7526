import { describe, expect, it } from 'vitest';
import { materialFields } from '../ports/records.ts';
import { parseOrdering } from './parse-ordering.ts';

describe('parseOrdering', () => {
  it('reads several fields with - for descending, keeping the first of a repeated field', () => {
    expect(parseOrdering('quality,-thickness,quality', materialFields)).toEqual({
      ok: true,
      data: [
        { field: 'quality', descending: false },
        { field: 'thickness', descending: true },
      ],
    });
  });

  it('defaults to quality, thickness, name', () => {
    const result = parseOrdering(undefined, materialFields);
    expect(result.ok && result.data.map((term) => term.field)).toEqual(['quality', 'thickness', 'name']);
  });

  it('refuses a field outside the allowed ones, naming query.ordering', () => {
    expect(parseOrdering('name,price_per_kg', ['name'])).toMatchObject({
      ok: false,
      reason: { kind: 'invalid', field: 'query.ordering' },
    });
  });
});
