import { deref, isObject, type Json, type JsonObject } from '../json-ref.ts';
import { diffSchema } from './schema-diff.ts';

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** One breaking change between two versions of a contract. */
export interface BreakingChange {
  /** `METHOD /path` of the operation. */
  operation: string;
  message: string;
}

interface Side {
  doc: JsonObject;
  operation: JsonObject;
  pathItem: JsonObject;
}

const objectAt = (value: Json | undefined): JsonObject => (isObject(value) ? value : {});

/** Parameters of an operation (path-level ones included), keyed by `in:name`. */
function parameters(side: Side): Map<string, JsonObject> {
  const all = [
    ...(Array.isArray(side.pathItem.parameters) ? side.pathItem.parameters : []),
    ...(Array.isArray(side.operation.parameters) ? side.operation.parameters : []),
  ];
  const byKey = new Map<string, JsonObject>();
  for (const raw of all) {
    const p = deref(side.doc, raw);
    if (isObject(p) && typeof p.name === 'string' && typeof p.in === 'string')
      byKey.set(`${p.in}:${p.name.toLowerCase()}`, p);
  }
  return byKey;
}

function diffParameters(before: Side, after: Side): string[] {
  const b = parameters(before);
  const found: string[] = [];
  for (const [key, param] of parameters(after)) {
    const old = b.get(key);
    if (param.required === true && old?.required !== true) found.push(`${key}: new required parameter`);
    if (old) {
      const pair = {
        before: { doc: before.doc, schema: old.schema },
        after: { doc: after.doc, schema: param.schema },
      };
      found.push(...diffSchema(pair, 'request', key));
    }
  }
  return found;
}

function diffRequestBody(before: Side, after: Side): string[] {
  const b = objectAt(deref(before.doc, before.operation.requestBody));
  const a = objectAt(deref(after.doc, after.operation.requestBody));
  const found: string[] = [];
  if (a.required === true && b.required !== true) found.push('request body is now required');
  const bContent = objectAt(b.content);
  const aContent = objectAt(a.content);
  for (const [type, media] of Object.entries(bContent)) {
    if (!(type in aContent)) {
      if (Object.keys(aContent).length > 0) found.push(`request body no longer accepts ${type}`);
      continue;
    }
    const pair = {
      before: { doc: before.doc, schema: objectAt(media).schema },
      after: { doc: after.doc, schema: objectAt(aContent[type]).schema },
    };
    found.push(...diffSchema(pair, 'request', 'body'));
  }
  return found;
}

function diffResponses(before: Side, after: Side): string[] {
  const b = objectAt(before.operation.responses);
  const a = objectAt(after.operation.responses);
  const found: string[] = [];
  for (const [status, raw] of Object.entries(b)) {
    if (!(status in a)) {
      if (status.startsWith('2')) found.push(`response ${status} removed`);
      continue;
    }
    const bContent = objectAt(objectAt(deref(before.doc, raw)).content);
    const aContent = objectAt(objectAt(deref(after.doc, a[status])).content);
    for (const [type, media] of Object.entries(bContent)) {
      if (!(type in aContent)) {
        found.push(`response ${status} no longer returns ${type}`);
        continue;
      }
      const pair = {
        before: { doc: before.doc, schema: objectAt(media).schema },
        after: { doc: after.doc, schema: objectAt(aContent[type]).schema },
      };
      found.push(...diffSchema(pair, 'response', `response ${status}`));
    }
  }
  return found;
}

/** Every change from `before` to `after` that can break an existing client. */
export function findBreakingChanges(before: JsonObject, after: JsonObject): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const afterPaths = objectAt(after.paths);
  for (const [path, rawItem] of Object.entries(objectAt(before.paths))) {
    const beforeItem = objectAt(deref(before, rawItem));
    const afterItem = objectAt(deref(after, afterPaths[path]));
    for (const method of methods) {
      if (!isObject(beforeItem[method])) continue;
      const operation = `${method.toUpperCase()} ${path}`;
      if (!isObject(afterItem[method])) {
        changes.push({ operation, message: 'operation removed' });
        continue;
      }
      const b: Side = { doc: before, operation: beforeItem[method], pathItem: beforeItem };
      const a: Side = { doc: after, operation: afterItem[method], pathItem: afterItem };
      const messages = [...diffParameters(b, a), ...diffRequestBody(b, a), ...diffResponses(b, a)];
      changes.push(...messages.map((message) => ({ operation, message })));
    }
  }
  return changes;
}
