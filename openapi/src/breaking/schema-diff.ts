import { deref, isObject, type Json, type JsonObject } from '../json-ref.ts';

/** Which way data flows through a schema: what clients send, or what they receive. */
export type Direction = 'request' | 'response';

/** Where the two versions of a schema live. */
export interface SchemaPair {
  before: { doc: JsonObject; schema: Json | undefined };
  after: { doc: JsonObject; schema: Json | undefined };
}

const typesOf = (schema: JsonObject): string[] => {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
};
const stringsOf = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

/**
 * Breaking differences between two versions of one schema, as messages prefixed with `where`.
 * Requests break when the new schema accepts less; responses break when they promise less.
 */
export function diffSchema(pair: SchemaPair, direction: Direction, where: string, depth = 0): string[] {
  const before = deref(pair.before.doc, pair.before.schema);
  const after = deref(pair.after.doc, pair.after.schema);
  if (!isObject(before) || !isObject(after) || depth > 20) return [];
  const found: string[] = [];
  const beforeTypes = typesOf(before);
  const afterTypes = typesOf(after);
  if (beforeTypes.length > 0 && afterTypes.length > 0) {
    const lost =
      direction === 'request'
        ? beforeTypes.filter((t) => !afterTypes.includes(t))
        : afterTypes.filter((t) => !beforeTypes.includes(t));
    if (lost.length > 0)
      found.push(`${where}: type changed from ${beforeTypes.join('|')} to ${afterTypes.join('|')}`);
  }
  found.push(...diffEnum(before, after, direction, where));
  found.push(...diffRequired(before, after, direction, where));
  found.push(...diffProperties(pair, before, after, direction, where, depth));
  if (before.items !== undefined && after.items !== undefined) {
    const items = {
      before: { doc: pair.before.doc, schema: before.items },
      after: { doc: pair.after.doc, schema: after.items },
    };
    found.push(...diffSchema(items, direction, `${where}[]`, depth + 1));
  }
  return found;
}

function diffEnum(before: JsonObject, after: JsonObject, direction: Direction, where: string): string[] {
  const b = before.enum;
  const a = after.enum;
  if (!Array.isArray(b) || !Array.isArray(a)) return [];
  const key = (x: Json) => JSON.stringify(x);
  if (direction === 'request') {
    const removed = b.filter((x) => !a.map(key).includes(key(x)));
    return removed.length > 0 ? [`${where}: no longer accepts ${removed.map(key).join(', ')}`] : [];
  }
  const added = a.filter((x) => !b.map(key).includes(key(x)));
  return added.length > 0 ? [`${where}: may now return ${added.map(key).join(', ')}`] : [];
}

function diffRequired(before: JsonObject, after: JsonObject, direction: Direction, where: string): string[] {
  const b = stringsOf(before.required);
  const a = stringsOf(after.required);
  if (direction === 'request') {
    return a.filter((f) => !b.includes(f)).map((f) => `${where}.${f}: request field is now required`);
  }
  const stillThere = isObject(after.properties) ? Object.keys(after.properties) : [];
  return b
    .filter((f) => !a.includes(f) && stillThere.includes(f))
    .map((f) => `${where}.${f}: response field is now optional`);
}

function diffProperties(
  pair: SchemaPair,
  before: JsonObject,
  after: JsonObject,
  direction: Direction,
  where: string,
  depth: number,
): string[] {
  const b = isObject(before.properties) ? before.properties : {};
  const a = isObject(after.properties) ? after.properties : {};
  const found: string[] = [];
  for (const [name, schema] of Object.entries(b)) {
    if (!(name in a)) {
      if (direction === 'response') found.push(`${where}.${name}: response field removed`);
      else if (after.additionalProperties === false)
        found.push(`${where}.${name}: request field no longer accepted`);
      continue;
    }
    const child = {
      before: { doc: pair.before.doc, schema },
      after: { doc: pair.after.doc, schema: a[name] },
    };
    found.push(...diffSchema(child, direction, `${where}.${name}`, depth + 1));
  }
  return found;
}
