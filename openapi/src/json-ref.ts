/** A JSON value as read from a spec. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object as read from a spec. */
export type JsonObject = { [key: string]: Json };

/** True for a plain JSON object. */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/components/...`) inside `doc`; other values come back as they are. */
export function deref(doc: JsonObject, value: Json | undefined, seen = new Set<string>()): Json | undefined {
  if (!isObject(value) || typeof value.$ref !== 'string') return value;
  const ref = value.$ref;
  if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
  seen.add(ref);
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
  }
  return deref(doc, node, seen);
}
