import type { paths } from '@kerf/openapi/identity';
import type { CompanyDirectory } from '../../ports/company-directory.ts';
import type { ServiceClientOptions } from './service-client.ts';
import { UpstreamError, serviceClient } from './service-client.ts';

/** Company names from the identity service through its generated client, as quotes' `service` caller. */
export function httpCompanyDirectory(options: ServiceClientOptions): CompanyDirectory {
  const client = serviceClient<paths>('identity', options);
  return {
    async name(companyId) {
      const { data, response } = await client.GET('/companies/{id}', {
        params: { path: { id: companyId } },
      });
      if (response.status === 404) return null;
      if (!data) throw new UpstreamError('identity', `company ${companyId}`, response.status);
      return data.name;
    },
  };
}
