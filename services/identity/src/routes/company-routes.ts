import type { IdentityPorts } from '../stories/identity-deps.ts';
import { createCompany } from '../stories/create-company.ts';
import { getCompany } from '../stories/get-company.ts';
import { listCompanies } from '../stories/list-companies.ts';
import { failureProblem } from './failure-problem.ts';
import type { IdentityHandlers } from './identity-handlers.ts';

/** `listCompanies`, `getCompany` and `createCompany`. */
export function companyRoutes(
  ports: IdentityPorts,
): IdentityHandlers<'listCompanies' | 'getCompany' | 'createCompany'> {
  const runList = listCompanies(ports);
  const runGet = getCompany(ports);
  const runCreate = createCompany(ports);
  return {
    async listCompanies(r) {
      const result = await runList({ principal: r.caller() });
      return result.ok ? r.json(200, result.data) : failureProblem(r.c, result.reason);
    },
    async getCompany(r) {
      const result = await runGet({ principal: r.caller(), id: r.path.id });
      return result.ok ? r.json(200, result.data) : failureProblem(r.c, result.reason);
    },
    async createCompany(r) {
      const result = await runCreate({ principal: r.caller(), name: r.body.name });
      return result.ok ? r.json(201, result.data) : failureProblem(r.c, result.reason);
    },
  };
}
