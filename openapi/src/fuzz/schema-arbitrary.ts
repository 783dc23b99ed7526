import fc, { type Arbitrary } from 'fast-check';

/** A JSON Schema node as found in a contract. */
export type Schema = Record<string, unknown>;
/** Resolves a local `$ref` node to its target. */
export type Resolve = (node: unknown) => Schema;

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);

function stringArbitrary(schema: Schema): Arbitrary<string> {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? Math.min(schema.maxLength, min + 40) : min + 40;
  switch (schema.format) {
    case 'email':
      return fc.tuple(word, word).map(([user, host]) => `${user}@${host}.test`);
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
  }
  if (typeof schema.pattern === 'string')
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= max);
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' });
}

function numberArbitrary(schema: Schema, integer: boolean): Arbitrary<number> {
  const bound = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  const exclusiveMin = bound('exclusiveMinimum');
  const exclusiveMax = bound('exclusiveMaximum');
  if (integer) {
    const min = bound('minimum') ?? (exclusiveMin !== undefined ? Math.floor(exclusiveMin) + 1 : -1_000_000);
    const max = bound('maximum') ?? (exclusiveMax !== undefined ? Math.ceil(exclusiveMax) - 1 : 1_000_000);
    return fc.integer({ min, max });
  }
  const min = bound('minimum') ?? exclusiveMin ?? -1_000_000;
  const max = bound('maximum') ?? exclusiveMax ?? 1_000_000;
  return fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .filter(
      (n) =>
        (exclusiveMin === undefined || n > exclusiveMin) && (exclusiveMax === undefined || n < exclusiveMax),
    );
}

function objectArbitrary(
  schema: Schema,
  resolve: Resolve,
  depth: number,
): Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const record: Record<string, Arbitrary<unknown>> = {};
  for (const [name, child] of Object.entries(properties))
    record[name] = schemaArbitrary(resolve(child), resolve, depth + 1);
  const requiredKeys = Object.keys(record).filter((k) => required.has(k));
  const generated = fc.record(record, { requiredKeys }) as Arbitrary<Record<string, unknown>>;
  const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  // `minProperties` (e.g. a PATCH body that must change something): drop the records with too few keys.
  return minProperties > requiredKeys.length
    ? generated.filter((value) => Object.keys(value).length >= minProperties)
    : generated;
}

/** Values that satisfy a JSON Schema (the subset contracts use: types, bounds, enums, formats, refs, oneOf). */
export function schemaArbitrary(schema: Schema, resolve: Resolve, depth = 0): Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const choices = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(choices))
    return fc.oneof(...choices.map((c) => schemaArbitrary(resolve(c), resolve, depth + 1)));
  if (Array.isArray(schema.allOf)) {
    const merged = (schema.allOf as unknown[])
      .map(resolve)
      .reduce<Schema>((acc, part) => mergeSchemas(acc, part), {});
    return schemaArbitrary(merged, resolve, depth);
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  const options = types.map((type) => typedArbitrary(type, schema, resolve, depth));
  return options.length === 1 ? options[0]! : fc.oneof(...options);
}

function typedArbitrary(
  type: string | undefined,
  schema: Schema,
  resolve: Resolve,
  depth: number,
): Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = schemaArbitrary(resolve(schema.items ?? {}), resolve, depth + 1);
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 4, minLength + 4);
      return fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, resolve, depth);
    default:
      return schema.properties ? objectArbitrary(schema, resolve, depth) : fc.constant('x');
  }
}

function mergeSchemas(a: Schema, b: Schema): Schema {
  return {
    ...a,
    ...b,
    properties: { ...((a.properties as object) ?? {}), ...((b.properties as object) ?? {}) },
    required: [...((a.required as string[]) ?? []), ...((b.required as string[]) ?? [])],
  };
}
