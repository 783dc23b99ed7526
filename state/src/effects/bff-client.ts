import type { paths } from '@kerf/openapi/bff';
import type createClient from 'openapi-fetch';
import { createSameOriginClient, type ApiOptions, type REQUEST_HEADER } from './same-origin.ts';

export {
  defaultApiOptions,
  REQUEST_HEADER,
  requestHeaderMiddleware,
  type ApiOptions,
} from './same-origin.ts';

/** The contract's operations without the request header, which the middleware adds. */
type Unguarded<Op> = Op extends { parameters: { header: infer H } }
  ? Omit<Op, 'parameters'> & {
      parameters: Omit<Op['parameters'], 'header'> & { header?: Omit<H, typeof REQUEST_HEADER> };
    }
  : Op;

/** The BFF paths as call sites see them. */
export type BffPaths = { [P in keyof paths]: { [M in keyof paths[P]]: Unguarded<paths[P][M]> } };

/** A typed client of the BFF contract. */
export type BffClient = ReturnType<typeof createClient<BffPaths>>;

/** Creates the one BFF client: same-origin cookies, the request header on unsafe methods. */
export function createBffClient(options: Pick<ApiOptions, 'baseUrl' | 'fetch'>): BffClient {
  return createSameOriginClient<BffPaths>(options);
}
