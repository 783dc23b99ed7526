import type { paths } from '@kerf/openapi/parts';
import type createClient from 'openapi-fetch';
import { createSameOriginClient, type ApiOptions } from './same-origin.ts';

/** Where the BFF forwards the parts service's contract. */
export const PARTS_PREFIX = '/api/parts';

/** A typed client of the parts contract, reached through the BFF (which adds the user's token). */
export type PartsClient = ReturnType<typeof createClient<paths>>;

/** Creates the parts client: same origin, cookies, the request header on unsafe methods. */
export function createPartsClient(options: Pick<ApiOptions, 'baseUrl' | 'fetch'>): PartsClient {
  return createSameOriginClient<paths>(options, PARTS_PREFIX);
}
