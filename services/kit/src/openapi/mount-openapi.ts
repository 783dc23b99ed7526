import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Principal } from '../jwt/principal.ts';
import { problem } from '../problem/problem.ts';
import type { Result } from '../result/result.ts';
import type { OperationHandler, OperationHandlers, OperationRequest } from './handler-types.ts';
import type { OperationDescriptor } from './operations.ts';
import { listOperations } from './operations.ts';
import { createRequestValidator } from './request-validator.ts';
import { createSchemaCompiler } from './schema-compiler.ts';
import type { OpenApiDocument } from './spec.ts';
import { loadSpec } from './spec.ts';

/** Checks a bearer token; the reason of a failure is logged by the caller, never sent. */
export type Authenticator = (token: string) => Promise<Result<Principal, unknown>>;

/** How to mount a spec on a Hono app. */
export interface MountOpenApiOptions<Ops> {
  /** Path of the OpenAPI 3.1 YAML file (e.g. `specPath('identity')`). */
  readonly spec: string;
  /** One handler per operationId; a missing or extra one fails at startup. */
  readonly handlers: OperationHandlers<Ops>;
  /** Verifies bearer tokens of secured operations; required when any operation is secured. */
  readonly authenticate?: Authenticator;
  /** Called when a bearer token is refused, e.g. to log the reason. */
  readonly onAuthFailure?: (reason: unknown, c: Context) => void;
  /** Largest accepted request body; 1 MiB by default. */
  readonly maxBodyBytes?: number;
}

/**
 * Registers every operation of an OpenAPI 3.1 spec on a Hono app, connexion-style: operationId ->
 * handler. Before a handler runs, security is enforced (401 problem) and path, query, header and JSON
 * body are validated with Ajv (400 problem naming the field, 415 on a wrong content type).
 * Throws at startup when an operationId has no handler or a handler matches no operation.
 */
export function mountOpenApi<Ops>(app: Hono, options: MountOpenApiOptions<Ops>): OperationDescriptor[] {
  const spec = loadSpec(options.spec);
  const operations = listOperations(spec);
  const handlers = options.handlers as Record<string, OperationHandler<unknown> | undefined>;
  checkHandlers(operations, handlers);
  const compiler = createSchemaCompiler(spec, `urn:kerf:spec:${options.spec}`);
  for (const operation of operations) {
    const secured = isSecured(spec, operation);
    if (secured && !options.authenticate) {
      throw new Error(`${operation.operationId} is secured but no authenticate function was given`);
    }
    const validate = createRequestValidator(spec, operation, compiler, options.maxBodyBytes ?? 1024 * 1024);
    const handler = handlers[operation.operationId] as OperationHandler<unknown>;
    app.on(operation.method.toUpperCase(), operation.honoPath, async (c) => {
      let principal: Principal | null = null;
      if (secured) {
        const token = bearerToken(c.req.header('authorization'));
        const verified = token ? await options.authenticate!(token) : null;
        if (!verified?.ok) {
          if (verified) options.onAuthFailure?.(verified.reason, c);
          c.header('www-authenticate', 'Bearer');
          return problem(c, 401, 'unauthorized', 'A valid bearer token is required.');
        }
        principal = verified.data;
      }
      const input = await validate(c);
      if (!input.ok)
        return problem(c, input.reason.status, input.reason.code, input.reason.detail, input.reason.errors);
      const request: OperationRequest<unknown> = {
        operationId: operation.operationId,
        ...(input.data as Pick<OperationRequest<unknown>, 'path' | 'query' | 'headers' | 'body'>),
        principal,
        caller() {
          if (!principal) throw new Error(`${operation.operationId} has no authenticated caller`);
          return principal;
        },
        json: (status, body) => c.json(body as object, status as ContentfulStatusCode),
        c,
      };
      return handler(request);
    });
  }
  return operations;
}

function checkHandlers(
  operations: readonly OperationDescriptor[],
  handlers: Record<string, OperationHandler<unknown> | undefined>,
): void {
  const ids = new Set(operations.map((operation) => operation.operationId));
  const missing = [...ids].filter((id) => typeof handlers[id] !== 'function');
  const extra = Object.keys(handlers).filter((id) => !ids.has(id));
  if (missing.length > 0) throw new Error(`no handler for operationId ${missing.join(', ')}`);
  if (extra.length > 0) throw new Error(`handler for unknown operationId ${extra.join(', ')}`);
}

function isSecured(spec: OpenApiDocument, operation: OperationDescriptor): boolean {
  if (operation.security.length === 0) return false;
  if (operation.security.some((requirement) => Object.keys(requirement).length === 0)) return false;
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<
    string,
    { type?: string; scheme?: string }
  >;
  for (const requirement of operation.security) {
    for (const name of Object.keys(requirement)) {
      const scheme = schemes[name];
      if (scheme?.type !== 'http' || scheme.scheme?.toLowerCase() !== 'bearer') {
        throw new Error(`${operation.operationId}: only http bearer security is supported (${name})`);
      }
    }
  }
  return true;
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
