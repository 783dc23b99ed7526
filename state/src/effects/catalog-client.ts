import type { paths } from '@kerf/openapi/catalog';
import type createClient from 'openapi-fetch';
import { createSameOriginClient, type ApiOptions } from './same-origin.ts';

/** Where the BFF serves the catalog service's contract. */
export const CATALOG_PREFIX = '/api/catalog';

/** A typed client of the catalog contract, reached through the BFF (which adds the user's token). */
export type CatalogClient = ReturnType<typeof createClient<paths>>;

/** Creates the catalog client: same origin, cookies, the request header on unsafe methods. */
export function createCatalogClient(options: Pick<ApiOptions, 'baseUrl' | 'fetch'>): CatalogClient {
  return createSameOriginClient<paths>(options, CATALOG_PREFIX);
}
