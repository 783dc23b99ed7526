import type {
  OpenApiDocument,
  ParameterObject,
  RequestBodyObject,
  ResponseObject,
  SecurityRequirement,
} from './spec.ts';
import { deref } from './spec.ts';

/** The HTTP methods an OpenAPI path item may hold. */
export const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation of a spec with every `$ref` of its parameters, body and responses resolved. */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: (typeof methods)[number];
  /** The OpenAPI path, e.g. `/users/{id}`. */
  readonly path: string;
  /** The same path in Hono syntax, e.g. `/users/:id`. */
  readonly honoPath: string;
  readonly parameters: readonly ParameterObject[];
  readonly requestBody: RequestBodyObject | null;
  readonly responses: Readonly<Record<string, ResponseObject>>;
  /** The effective security requirements (operation level, else document level). */
  readonly security: readonly SecurityRequirement[];
}

interface RawOperation {
  operationId?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: SecurityRequirement[];
}

/** Lists every operation of the spec; throws when one has no operationId or an id repeats. */
export function listOperations(spec: OpenApiDocument): OperationDescriptor[] {
  const found: OperationDescriptor[] = [];
  for (const [path, rawItem] of Object.entries(spec.paths ?? {})) {
    const item = deref<Record<string, unknown>>(spec, rawItem);
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of methods) {
      const operation = item[method] as RawOperation | undefined;
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      if (found.some((other) => other.operationId === operation.operationId)) {
        throw new Error(`operationId ${operation.operationId} is used twice`);
      }
      found.push({
        operationId: operation.operationId,
        method,
        path,
        honoPath: path.replace(/\{([^}]+)\}/g, ':$1'),
        parameters: mergeParameters(spec, shared, operation.parameters ?? []),
        requestBody: operation.requestBody ? deref<RequestBodyObject>(spec, operation.requestBody) : null,
        responses: Object.fromEntries(
          Object.entries(operation.responses ?? {}).map(([status, response]) => [
            status,
            deref<ResponseObject>(spec, response),
          ]),
        ),
        security: operation.security ?? spec.security ?? [],
      });
    }
  }
  return found;
}

function mergeParameters(spec: OpenApiDocument, shared: unknown[], own: unknown[]): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const raw of [...shared, ...own]) {
    const parameter = deref<ParameterObject>(spec, raw);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}
