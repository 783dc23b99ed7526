import type { Principal } from '@kerf/service-kit';
import { ok, story } from '@kerf/service-kit';
import type { IdentityPorts } from './identity-deps.ts';
import { requireRole } from './require-role.ts';

/** Every company, for admins and internal users. */
export function listCompanies({ companies }: Pick<IdentityPorts, 'companies'>) {
  return story<{ principal: Principal }>('listCompanies')
    .step('caller', ({ input }) => requireRole(input.principal, ['admin', 'internal']))
    .step('items', async () => ok(await companies.list()))
    .returns(({ items }) => ({ count: items.length, items }));
}
