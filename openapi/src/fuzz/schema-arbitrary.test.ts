import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaArbitrary, type Schema } from './schema-arbitrary.ts';

describe('schemaArbitrary', () => {
  it('honours minProperties on objects without required keys', () => {
    const changes: Schema = {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { speed: { type: 'number' }, pierce: { type: 'number' } },
    };
    const values = fc.sample(
      schemaArbitrary(changes, (node) => node as Schema),
      { seed: 1, numRuns: 200 },
    );
    expect(values.every((value) => Object.keys(value as object).length >= 1)).toBe(true);
  });
});
