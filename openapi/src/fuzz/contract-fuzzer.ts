import fc from 'fast-check';
import { createContractChecker, listOperations, loadSpec, type OperationDescriptor } from '@kerf/service-kit';
import { deref, isObject, type Json, type JsonObject } from '../json-ref.ts';
import { invalidValue } from './invalid-value.ts';
import { runCrudChain, type CrudChain } from './crud-chain.ts';
import { schemaArbitrary, type Schema } from './schema-arbitrary.ts';

/** A service under test: its contract, an in-process fetch, and bearer tokens by caller name. */
export interface FuzzTarget {
  /** Path of the OpenAPI 3.1 contract. */
  spec: string;
  fetch: (request: Request) => Promise<Response>;
  /** Tokens of the callers to try, e.g. `{ admin, 'internal@A', 'external@B' }`. */
  callers: Record<string, string>;
  /** The caller whose rights reach every operation, used for invalid-input checks. */
  privileged: string;
  /** Origin the requests are addressed to. */
  baseUrl?: string;
  /** create -> read -> list-contains -> delete -> read-404 chains to run. */
  chains?: CrudChain[];
}

/** Options of one fuzz run; a fixed seed makes every run generate the same cases. */
export interface FuzzOptions {
  seed: number;
  /** Valid cases per operation and caller. */
  runs: number;
}

/** What a run did and what it found. */
export interface FuzzReport {
  cases: number;
  failures: string[];
}

/** The generated parts of one request. */
export interface GeneratedRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** Resolves local `$ref`s of a loaded spec to schemas. */
export const resolver = (spec: ReturnType<typeof loadSpec>) => (node: unknown) => {
  const found = deref(spec as unknown as JsonObject, node as Json);
  return (isObject(found) ? found : {}) as Schema;
};

/** Builds the HTTP request for an operation from generated parts. */
export function buildRequest(
  baseUrl: string,
  op: OperationDescriptor,
  input: GeneratedRequest,
  token: string | null,
): Request {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(input.path[name] ?? 'x')),
  );
  const url = new URL(path, baseUrl);
  for (const [name, value] of Object.entries(input.query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
  }
  const headers = new Headers();
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  for (const p of op.parameters)
    if (p.in === 'header' && Array.isArray((p.schema as Schema)?.enum))
      headers.set(p.name, String(((p.schema as Schema).enum as unknown[])[0]));
  const hasBody = input.body !== undefined;
  if (hasBody) headers.set('content-type', 'application/json');
  return new Request(url, {
    method: op.method.toUpperCase(),
    headers,
    ...(hasBody ? { body: JSON.stringify(input.body) } : {}),
  });
}

/** Generated valid path, query and body parts for an operation. */
export function requestArbitrary(
  op: OperationDescriptor,
  resolve: (n: unknown) => Schema,
): fc.Arbitrary<GeneratedRequest> {
  const part = (where: 'path' | 'query') => {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const p of op.parameters.filter((x) => x.in === where)) {
      const value = schemaArbitrary(resolve(p.schema ?? {}), resolve);
      // An empty path segment addresses another route, not this operation.
      record[p.name] = where === 'path' ? value.filter((v) => String(v) !== '') : value;
      if (p.required) required.push(p.name);
    }
    return fc.record(record, { requiredKeys: required });
  };
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  const body = bodySchema ? schemaArbitrary(resolve(bodySchema), resolve) : fc.constant(undefined);
  return fc.record({ path: part('path'), query: part('query'), body });
}

/** Invalid variants of a valid request: one constrained field made invalid, or a required body field dropped. */
function invalidate(
  op: OperationDescriptor,
  valid: GeneratedRequest,
  resolve: (n: unknown) => Schema,
  pick: number,
) {
  const variants: { what: string; input: GeneratedRequest }[] = [];
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    const bad = invalidValue(resolve(p.schema ?? {}), pick, 'query');
    if (bad !== undefined)
      variants.push({
        what: `query.${p.name}=${JSON.stringify(bad)}`,
        input: { ...valid, query: { ...valid.query, [p.name]: bad } },
      });
  }
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  if (bodySchema && typeof valid.body === 'object' && valid.body !== null && !Array.isArray(valid.body)) {
    const schema = resolve(bodySchema);
    for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
      const bad = invalidValue(resolve(child), pick);
      if (bad !== undefined)
        variants.push({
          what: `body.${name}=${JSON.stringify(bad)}`,
          input: { ...valid, body: { ...valid.body, [name]: bad } },
        });
    }
    for (const name of (schema.required ?? []) as string[]) {
      const { [name]: _dropped, ...rest } = valid.body as Record<string, unknown>;
      variants.push({ what: `body without ${name}`, input: { ...valid, body: rest } });
    }
    if (schema.additionalProperties === false) {
      variants.push({
        what: 'body with an unknown property',
        input: { ...valid, body: { ...valid.body, unexpected_field: 1 } },
      });
    }
  }
  if (bodySchema && op.requestBody?.required)
    variants.push({ what: 'no body', input: { ...valid, body: undefined } });
  return variants;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Fuzzes every operation of a contract in the spirit of schemathesis: generated valid input for every
 * caller (no 5xx, documented status, response matches its schema), invalid input (400), and missing or
 * bad credentials on secured operations (401).
 */
export async function fuzzContract(target: FuzzTarget, options: FuzzOptions): Promise<FuzzReport> {
  const spec = loadSpec(target.spec);
  const resolve = resolver(spec);
  const checker = createContractChecker(target.spec);
  const baseUrl = target.baseUrl ?? 'http://service.test';
  const report: FuzzReport = { cases: 0, failures: [] };
  let last: unknown;
  const send = async (
    op: OperationDescriptor,
    input: GeneratedRequest,
    token: string | null,
    label: string,
  ) => {
    report.cases += 1;
    const response = await target.fetch(buildRequest(baseUrl, op, input, token));
    const body = await readBody(response);
    last = body;
    const mismatches = checker.check(
      op.operationId,
      response.status,
      response.headers.get('content-type'),
      body,
    );
    const where = `${op.operationId} [${label}] ${JSON.stringify(input).slice(0, 300)}`;
    if (response.status >= 500)
      report.failures.push(`${where}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    else if (mismatches.length > 0) report.failures.push(`${where}: ${mismatches.join('; ')}`);
    return response.status;
  };
  for (const [index, op] of listOperations(spec).entries()) {
    const samples = fc.sample(requestArbitrary(op, resolve), {
      seed: options.seed + index,
      numRuns: options.runs,
    });
    const secured = op.security.some((requirement) => Object.keys(requirement).length > 0);
    for (const [name, token] of Object.entries(target.callers)) {
      for (const sample of samples) await send(op, sample, token, name);
    }
    for (const [pick, sample] of samples.slice(0, 5).entries()) {
      for (const variant of invalidate(op, sample, resolve, pick)) {
        const status = await send(
          op,
          variant.input,
          target.callers[target.privileged] ?? null,
          `invalid: ${variant.what}`,
        );
        if (status !== 400)
          report.failures.push(`${op.operationId}: ${variant.what} answered ${status}, expected 400`);
      }
    }
    if (secured && samples[0]) {
      for (const [label, token] of [
        ['no token', null],
        ['bad token', 'not.a.jwt'],
      ] as const) {
        const status = await send(op, samples[0], token, label);
        if (status !== 401)
          report.failures.push(`${op.operationId}: ${label} answered ${status}, expected 401`);
      }
    }
  }
  const operations = new Map(listOperations(spec).map((op) => [op.operationId, op]));
  for (const chain of target.chains ?? []) {
    const viaCaller = async (op: OperationDescriptor, input: GeneratedRequest, caller: string) => {
      const status = await send(op, input, target.callers[caller] ?? null, `chain as ${caller}`);
      return { status, body: last };
    };
    report.failures.push(...(await runCrudChain(chain, operations, resolve, viaCaller, options)));
  }
  return report;
}
