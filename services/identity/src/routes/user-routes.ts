import type { IdentityPorts } from '../stories/identity-deps.ts';
import { createUser } from '../stories/create-user.ts';
import { getCurrentUser } from '../stories/get-current-user.ts';
import { listUsers } from '../stories/list-users.ts';
import { failureProblem } from './failure-problem.ts';
import type { IdentityHandlers } from './identity-handlers.ts';

/** `getCurrentUser`, `listUsers` and `createUser`. */
export function userRoutes(
  ports: IdentityPorts,
): IdentityHandlers<'getCurrentUser' | 'listUsers' | 'createUser'> {
  const runCurrent = getCurrentUser(ports);
  const runList = listUsers(ports);
  const runCreate = createUser(ports);
  return {
    async getCurrentUser(r) {
      const result = await runCurrent(r.caller());
      return result.ok ? r.json(200, result.data) : failureProblem(r.c, result.reason);
    },
    async listUsers(r) {
      const result = await runList({
        principal: r.caller(),
        limit: r.query.limit ?? 50,
        offset: r.query.offset ?? 0,
      });
      return result.ok ? r.json(200, result.data) : failureProblem(r.c, result.reason);
    },
    async createUser(r) {
      const { company_id: companyId, ...user } = r.body;
      const result = await runCreate({ principal: r.caller(), user: { ...user, companyId } });
      return result.ok ? r.json(201, result.data) : failureProblem(r.c, result.reason);
    },
  };
}
