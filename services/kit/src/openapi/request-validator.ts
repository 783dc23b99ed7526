import type { Context } from 'hono';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { FieldError } from '../problem/problem.ts';
import type { Result } from '../result/result.ts';
import { fail, ok } from '../result/result.ts';
import type { OperationDescriptor } from './operations.ts';
import type { SchemaCompiler } from './schema-compiler.ts';
import { fieldErrors } from './schema-compiler.ts';
import type { JsonSchema, OpenApiDocument } from './spec.ts';
import { deref } from './spec.ts';

/** Request input after validation, coercion and defaults. */
export interface ValidatedInput {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, unknown>;
  readonly body: unknown;
}

/** Why a request was refused before its handler ran. */
export interface Rejection {
  readonly status: 400 | 413 | 415;
  readonly code: 'invalid-input' | 'body-too-large' | 'unsupported-media-type';
  readonly detail: string;
  readonly errors?: readonly FieldError[];
}

/** Validates one request of one operation. */
export type RequestValidator = (c: Context) => Promise<Result<ValidatedInput, Rejection>>;

type ParameterLocation = 'path' | 'query' | 'header';

/** Headers OpenAPI says to ignore when declared as parameters. */
const ignoredHeaders = new Set(['accept', 'content-type', 'authorization']);

/** Compiles, once, the validators of an operation's parameters and JSON body. */
export function createRequestValidator(
  spec: OpenApiDocument,
  operation: OperationDescriptor,
  compiler: SchemaCompiler,
  maxBodyBytes: number,
): RequestValidator {
  const locations = (['path', 'query', 'header'] as const).map((location) =>
    compileLocation(spec, operation, compiler, location),
  );
  const body = compileBody(operation, compiler);

  return async (c) => {
    const errors: FieldError[] = [];
    const values: Record<string, Record<string, unknown>> = {};
    for (const location of locations) {
      const value = location.read(c);
      if (!location.validate(value)) errors.push(...fieldErrors(location.prefix, location.validate.errors));
      errors.push(...nulErrors(location.prefix, value));
      values[location.name] = value;
    }
    const parsed = await body(c, maxBodyBytes);
    if (!parsed.ok) {
      if (parsed.reason.status !== 400) return parsed;
      errors.push(...(parsed.reason.errors ?? []));
    }
    if (errors.length > 0) {
      return fail({
        status: 400,
        code: 'invalid-input',
        detail: 'The request does not match the contract.',
        errors,
      });
    }
    return ok({
      path: values.path ?? {},
      query: values.query ?? {},
      headers: values.header ?? {},
      body: parsed.ok ? parsed.data : undefined,
    });
  };
}

function compileLocation(
  spec: OpenApiDocument,
  operation: OperationDescriptor,
  compiler: SchemaCompiler,
  location: ParameterLocation,
) {
  const parameters = operation.parameters.filter(
    (p) => p.in === location && !(location === 'header' && ignoredHeaders.has(p.name.toLowerCase())),
  );
  const nameOf = (name: string) => (location === 'header' ? name.toLowerCase() : name);
  const schema = {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [nameOf(p.name), p.schema ?? {}])),
    required: parameters.filter((p) => p.required || p.in === 'path').map((p) => nameOf(p.name)),
  };
  const arrays = new Set(
    parameters
      .filter((p) => deref<Exclude<JsonSchema, boolean>>(spec, p.schema ?? {}).type === 'array')
      .map((p) => p.name),
  );
  const read = (c: Context): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const { name } of parameters) {
      const value =
        location === 'path'
          ? c.req.param(name)
          : location === 'header'
            ? c.req.header(name)
            : arrays.has(name)
              ? c.req.queries(name)
              : c.req.query(name);
      if (value !== undefined) out[nameOf(name)] = value;
    }
    return out;
  };
  const validate: ValidateFunction = compiler.compileParameters(schema);
  return { name: location, prefix: location, read, validate };
}

type BodyReader = (c: Context, maxBodyBytes: number) => Promise<Result<unknown, Rejection>>;

function compileBody(operation: OperationDescriptor, compiler: SchemaCompiler): BodyReader {
  const requestBody = operation.requestBody;
  if (!requestBody) return async () => ok(undefined);
  const mediaTypes = Object.keys(requestBody.content);
  const validators = new Map(
    Object.entries(requestBody.content)
      .filter(([type]) => isJson(type))
      .map(([type, media]) => [type, compiler.compileBody(media.schema ?? {})] as const),
  );
  const invalid = (message: string): Result<never, Rejection> =>
    fail({ status: 400, code: 'invalid-input', detail: message, errors: [{ field: 'body', message }] });

  return async (c, maxBodyBytes) => {
    const declaredLength = Number(c.req.header('content-length') ?? 0);
    if (declaredLength > maxBodyBytes) return fail(tooLarge(maxBodyBytes));
    const contentType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const text = await c.req.text();
    if (Buffer.byteLength(text) > maxBodyBytes) return fail(tooLarge(maxBodyBytes));
    if (text === '' && contentType === '')
      return requestBody.required ? invalid('is required') : ok(undefined);
    const mediaType = mediaTypes.find((type) => matches(type, contentType));
    if (!mediaType) {
      return fail({
        status: 415,
        code: 'unsupported-media-type',
        detail: `Send the body as ${mediaTypes.join(' or ')}.`,
      });
    }
    const validate = validators.get(mediaType);
    if (!validate) return ok(undefined); // not JSON: the handler reads the raw request itself
    if (text === '') return requestBody.required ? invalid('is required') : ok(undefined);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return invalid('is not valid JSON');
    }
    const errors = validate(body) ? [] : fieldErrors('body', validate.errors);
    errors.push(...nulErrors('body', body));
    if (errors.length > 0) {
      return fail({
        status: 400,
        code: 'invalid-input',
        detail: 'The request body does not match the contract.',
        errors,
      });
    }
    return ok(body);
  };
}

/**
 * The strings (and object keys) of `value` that contain U+0000, as field errors. No contract field
 * means it, and PostgreSQL's text cannot store it (SQLite can): refusing it here answers 400 on both
 * databases instead of a 500 on one.
 */
function nulErrors(field: string, value: unknown): FieldError[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [{ field, message: nulMessage }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulErrors(`${field}[${i}]`, item));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key.includes('\u0000') ? [{ field, message: nulMessage }] : nulErrors(`${field}.${key}`, item),
  );
}

const nulMessage = 'must not contain the NUL character (U+0000)';

function tooLarge(maxBodyBytes: number): Rejection {
  return { status: 413, code: 'body-too-large', detail: `The body may not exceed ${maxBodyBytes} bytes.` };
}

function isJson(mediaType: string): boolean {
  return /^application\/(.+\+)?json$/.test(mediaType);
}

function matches(declared: string, actual: string): boolean {
  if (declared === actual || declared === '*/*') return true;
  if (declared.endsWith('/*')) return actual.startsWith(declared.slice(0, -1));
  return false;
}
