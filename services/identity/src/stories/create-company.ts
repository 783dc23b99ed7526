import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { IdentityPorts } from './identity-deps.ts';
import { requireRole } from './require-role.ts';

/** Creates a company (admins); fails when the name is taken. */
export function createCompany({ companies }: Pick<IdentityPorts, 'companies'>) {
  return story<{ principal: Principal; name: string }>('createCompany')
    .step('caller', ({ input }) => requireRole(input.principal, ['admin']))
    .step('created', ({ input }) => companies.create(input.name.trim()))
    .returns(({ created }) => created);
}
