import type { IdentityPorts } from '../stories/identity-deps.ts';
import { createCompany } from '../stories/create-company.ts';
import { listCompanies } from '../stories/list-companies.ts';
import { failureProblem } from './failure-problem.ts';
import type { IdentityHandlers } from './identity-handlers.ts';

/** `listCompanies` and `createCompany`. */
export function companyRoutes(ports: IdentityPorts): IdentityHandlers<'listCompanies' | 'createCompany'> {
  const runList = listCompanies(ports);
  const runCreate = createCompany(ports);
  return {
    async listCompanies(r) {
      const result = await runList({ principal: r.caller() });
      return result.ok ? r.json(200, result.data) : failureProblem(r.c, result.reason);
    },
    async createCompany(r) {
      const result = await runCreate({ principal: r.caller(), name: r.body.name });
      return result.ok ? r.json(201, result.data) : failureProblem(r.c, result.reason);
    },
  };
}
