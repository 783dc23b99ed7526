import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A JSON Schema as found in an OpenAPI 3.1 document. */
export type JsonSchema = Record<string, unknown> | boolean;

/** An OpenAPI parameter (after `$ref` resolution). */
export interface ParameterObject {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: JsonSchema;
}

/** An OpenAPI media type entry. */
export interface MediaTypeObject {
  readonly schema?: JsonSchema;
}

/** An OpenAPI request body (after `$ref` resolution). */
export interface RequestBodyObject {
  readonly required?: boolean;
  readonly content: Readonly<Record<string, MediaTypeObject>>;
}

/** An OpenAPI response (after `$ref` resolution). */
export interface ResponseObject {
  readonly content?: Readonly<Record<string, MediaTypeObject>>;
}

/** A security requirement: scheme name -> scopes. */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

/** The parts of an OpenAPI 3.1 document the router reads. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly security?: readonly SecurityRequirement[];
  readonly paths?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Reads and parses an OpenAPI 3.1 YAML (or JSON) file; throws on anything else. */
export function loadSpec(file: string): OpenApiDocument {
  const document = parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  if (typeof document?.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new Error(`${file} is not an OpenAPI 3.1 document`);
  }
  return document;
}

/** Follows a local `$ref` (`#/components/...`) until a non-reference object is reached. */
export function deref<T>(spec: OpenApiDocument, value: unknown): T {
  let current = value;
  for (let hops = 0; isRef(current); hops += 1) {
    if (hops > 20) throw new Error(`$ref cycle at ${current.$ref}`);
    current = pointer(spec, current.$ref);
  }
  return current as T;
}

function isRef(value: unknown): value is { $ref: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string'
  );
}

function pointer(spec: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $ref is supported: ${ref}`);
  let node: unknown = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return node;
}
