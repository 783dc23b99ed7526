import createClient from 'openapi-fetch';
import type { paths } from '@kerf/openapi/parts';
import type { ServiceTokenSource } from '@kerf/service-kit';
import type { PartsGateway } from '../ports/parts-gateway.ts';

/** The parts service through its generated client, with the BFF's own service token. */
export function createHttpPartsGateway(options: {
  baseUrl: string;
  tokens: ServiceTokenSource;
  fetch?: (request: Request) => Promise<Response>;
}): PartsGateway {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch ?? globalThis.fetch });
  return {
    async createPart(request) {
      try {
        const token = await options.tokens.token('parts');
        const { data, response } = await client.POST('/parts', {
          headers: { authorization: `Bearer ${token}` },
          body: {
            upload_id: request.uploadId,
            blob_key: request.blobKey,
            sha256: request.sha256,
            original_name: request.name,
            size_bytes: request.size,
            company_id: request.companyId,
            owner_id: request.ownerId,
          },
        });
        if (data) return { ok: true, partId: data.id };
        const retry = response.status >= 500 || response.status === 401 || response.status === 429;
        return { ok: false, retry, detail: `parts answered ${response.status}` };
      } catch (error) {
        return { ok: false, retry: true, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
