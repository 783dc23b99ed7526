import type { Principal } from '@kerf/service-kit';
import { fail, ok, story } from '@kerf/service-kit';
import type { IdentityPorts } from './identity-deps.ts';
import { requireRole } from './require-role.ts';

/**
 * One company by id, for the shop's people and Kerf's services (quotes prints its customer's name on
 * a PDF). Customers are refused: they know their own company from their session.
 */
export function getCompany({ companies }: Pick<IdentityPorts, 'companies'>) {
  return story<{ principal: Principal; id: string }>('getCompany')
    .step('caller', ({ input }) => requireRole(input.principal, ['admin', 'internal', 'service']))
    .step('company', async ({ input }) => {
      const company = await companies.findById(input.id);
      return company ? ok(company) : fail('company-not-found' as const);
    })
    .returns(({ company }) => ({ id: company.id, name: company.name }));
}
