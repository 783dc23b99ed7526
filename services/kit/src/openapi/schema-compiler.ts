import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FieldError } from '../problem/problem.ts';
import type { JsonSchema, OpenApiDocument } from './spec.ts';

/** Compiles schemas taken from one spec; `$ref`s to `#/components/schemas/...` keep working. */
export interface SchemaCompiler {
  /** For path, query and header values: coerces strings to the schema's types and fills defaults. */
  compileParameters(schema: JsonSchema): ValidateFunction;
  /** For request bodies: no coercion, fills defaults. */
  compileBody(schema: JsonSchema): ValidateFunction;
  /** For responses: checks only, never changes the value. */
  compileResponse(schema: JsonSchema): ValidateFunction;
}

/** OpenAPI 3.1 keywords that are annotations, not JSON Schema 2020-12 vocabulary. */
const openApiAnnotations = ['example', 'discriminator', 'xml', 'externalDocs'];

/**
 * Creates Ajv (JSON Schema 2020-12, ajv-formats) instances that know the spec's component schemas.
 * Compile at startup: each compile generates code.
 */
export function createSchemaCompiler(spec: OpenApiDocument, specId: string): SchemaCompiler {
  const root = { $id: specId, components: { schemas: spec.components?.schemas ?? {} } };
  const make = (extra: { coerceTypes?: 'array'; useDefaults?: boolean }) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, logger: false, ...extra });
    addFormats(ajv);
    ajv.addVocabulary([...openApiAnnotations, 'components']);
    ajv.addSchema(root);
    return ajv;
  };
  const parameters = make({ coerceTypes: 'array', useDefaults: true });
  const bodies = make({ useDefaults: true });
  const responses = make({});
  return {
    compileParameters: (schema) => parameters.compile(absoluteRefs(schema, specId) as object),
    compileBody: (schema) => bodies.compile(absoluteRefs(schema, specId) as object),
    compileResponse: (schema) => responses.compile(absoluteRefs(schema, specId) as object),
  };
}

/** Rewrites local `$ref`s (`#/...`) so that they point into the registered spec. */
function absoluteRefs(value: unknown, specId: string): unknown {
  if (Array.isArray(value)) return value.map((item) => absoluteRefs(item, specId));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' && item.startsWith('#')
        ? specId + item
        : absoluteRefs(item, specId),
    ]),
  );
}

/** Turns Ajv errors into `{ field, message }` with fields such as `body.email` or `query.limit`. */
export function fieldErrors(prefix: string, errors: readonly ErrorObject[] | null | undefined): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors ?? []) {
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      segments.push(String(error.params.missingProperty));
      message = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      segments.push(String(error.params.additionalProperty));
      message = 'is not allowed';
    }
    const field = prefix + segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('');
    const key = `${field}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, message });
  }
  return out;
}
