import type { Context } from 'hono';
import type { Principal } from '../jwt/principal.ts';

type Json = 'application/json';
type Empty = Record<string, never>;
type Location = 'path' | 'query' | 'header';

/** The validated parameters of one location of an openapi-typescript operation. */
export type ParametersOf<Op, L extends Location> = Op extends { parameters: { [K in L]?: infer P } }
  ? [NonNullable<P>] extends [never]
    ? Empty
    : NonNullable<P>
  : Empty;

/** The validated JSON body of an openapi-typescript operation (`undefined` when it has none). */
export type BodyOf<Op> = Op extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? undefined
    : NonNullable<R> extends { content: { [K in Json]: infer B } }
      ? undefined extends R
        ? B | undefined
        : B
      : unknown
  : undefined;

type Responses<Op> = Op extends { responses: infer R } ? R : never;

/** Statuses of an operation that answer with a JSON body. */
export type JsonStatusOf<Op> = {
  [S in keyof Responses<Op>]: Responses<Op>[S] extends { content: { [K in Json]: unknown } } ? S : never;
}[keyof Responses<Op>] &
  number;

/** The JSON body the contract documents for one status of an operation. */
export type JsonResponseOf<Op, S> = S extends keyof Responses<Op>
  ? Responses<Op>[S] extends { content: { [K in Json]: infer B } }
    ? B
    : never
  : never;

/** What a handler receives: validated input, the caller, and a JSON reply typed by the contract. */
export interface OperationRequest<Op> {
  readonly operationId: string;
  readonly path: ParametersOf<Op, 'path'>;
  /** Query values coerced to their schema types, defaults filled in. */
  readonly query: ParametersOf<Op, 'query'>;
  /** Header parameters, by lower-case name. */
  readonly headers: ParametersOf<Op, 'header'>;
  readonly body: BodyOf<Op>;
  /** The authenticated caller, or null on operations with `security: []`. */
  readonly principal: Principal | null;
  /** The authenticated caller; throws on operations that are not secured (a programming error). */
  caller(): Principal;
  /** Answers JSON with a status and body the contract documents. */
  json<S extends JsonStatusOf<Op>>(status: S, body: JsonResponseOf<Op, S>): Response;
  readonly c: Context;
}

/** Handles one operation: returns a Response (use `request.json` or `problem`). */
export type OperationHandler<Op> = (request: OperationRequest<Op>) => Response | Promise<Response>;

/** One handler per operationId of an openapi-typescript `operations` interface. */
export type OperationHandlers<Ops> = { [K in keyof Ops]: OperationHandler<Ops[K]> };
