import { problem } from '@kerf/service-kit';
import type { IdentityPorts } from '../stories/identity-deps.ts';
import { exchangeToken } from '../stories/exchange-token.ts';
import { issueServiceToken } from '../stories/issue-service-token.ts';
import { signIn } from '../stories/sign-in.ts';
import { failureProblem } from './failure-problem.ts';
import type { IdentityHandlers } from './identity-handlers.ts';

/** `signIn`, `exchangeToken` and `issueServiceToken`. */
export function sessionRoutes(
  ports: IdentityPorts,
): IdentityHandlers<'signIn' | 'exchangeToken' | 'issueServiceToken'> {
  const runSignIn = signIn(ports);
  const runExchange = exchangeToken(ports);
  const runIssue = issueServiceToken(ports);
  return {
    async issueServiceToken(r) {
      const result = await runIssue(r.body);
      if (!result.ok) return problem(r.c, 401, 'invalid-client', 'The service credentials are wrong.');
      const { token, audience, expiresAt } = result.data;
      return r.json(200, { token, audience, expires_at: expiresAt.toISOString() });
    },
    async signIn(r) {
      const result = await runSignIn(r.body);
      if (!result.ok) return failureProblem(r.c, result.reason);
      const { user, token, expiresAt } = result.data;
      return r.json(200, { user, token, expires_at: expiresAt.toISOString() });
    },
    async exchangeToken(r) {
      const result = await runExchange({ principal: r.caller(), audience: r.body.audience });
      if (!result.ok) return failureProblem(r.c, result.reason);
      const { token, audience, expiresAt } = result.data;
      return r.json(200, { token, audience, expires_at: expiresAt.toISOString() });
    },
  };
}
