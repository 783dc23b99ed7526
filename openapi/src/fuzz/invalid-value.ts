import type { Schema } from './schema-arbitrary.ts';

/**
 * A value that the schema rejects, or undefined when the schema accepts anything we can think of.
 * Used to check that invalid input is refused with 400 before any handler runs.
 */
export function invalidValue(schema: Schema, pick: number, location: 'body' | 'query' = 'body'): unknown {
  const inBody = location === 'body';
  const candidates: unknown[] = [];
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (Array.isArray(schema.enum)) candidates.push('not-one-of-the-enum-values-\u2603');
  if (types.includes('integer')) candidates.push(1.5, 'twelve');
  if (types.includes('number') || types.includes('integer')) {
    if (typeof schema.minimum === 'number') candidates.push(schema.minimum - 1);
    if (typeof schema.maximum === 'number') candidates.push(schema.maximum + 1);
    if (typeof schema.exclusiveMinimum === 'number') candidates.push(schema.exclusiveMinimum);
    if (!types.includes('string')) candidates.push('not-a-number');
  }
  if (types.includes('string')) {
    if (inBody && !types.includes('number') && !types.includes('integer')) candidates.push(42);
    if (typeof schema.maxLength === 'number') candidates.push('x'.repeat(schema.maxLength + 1));
    if (typeof schema.minLength === 'number' && schema.minLength > 0) candidates.push('');
    if (schema.format === 'email') candidates.push('not-an-email');
  }
  if (types.includes('boolean')) candidates.push('maybe');
  if (inBody && types.includes('array')) candidates.push({ not: 'an array' });
  if (inBody && types.includes('object')) candidates.push('not an object');
  if (types.includes('null') && candidates.length === 0) return undefined;
  return candidates.length === 0 ? undefined : candidates[pick % candidates.length];
}
