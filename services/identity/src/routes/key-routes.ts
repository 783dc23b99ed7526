import type { IdentityPorts } from '../stories/identity-deps.ts';
import type { IdentityHandlers } from './identity-handlers.ts';

/** `getHealth` and `getJwks`. */
export function keyRoutes({
  tokens,
}: Pick<IdentityPorts, 'tokens'>): IdentityHandlers<'getHealth' | 'getJwks'> {
  return {
    getHealth: (r) => r.json(200, { status: 'ok' }),
    getJwks: (r) => {
      r.c.header('cache-control', 'public, max-age=300');
      return r.json(200, { keys: tokens.publicKeys().keys.map((key) => ({ ...key })) });
    },
  };
}
