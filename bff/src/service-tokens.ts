import type { Audience, IdentityGateway } from './ports/identity-gateway.ts';
import type { Session } from './ports/session-store.ts';

/** Hands out a token for one service on behalf of a session, reusing it until shortly before expiry. */
export interface ServiceTokens {
  /** A bearer token for `audience`, or null when identity refuses (the session is no longer valid). */
  tokenFor(session: Session, audience: Audience): Promise<string | null>;
}

const renewBeforeMs = 30_000;

/** Service tokens cached in memory per session and audience. */
export function createServiceTokens(identity: IdentityGateway, clock: () => number): ServiceTokens {
  const cache = new Map<string, { token: string; expiresAt: number }>();
  return {
    async tokenFor(session, audience) {
      const key = `${session.key}:${audience}`;
      const cached = cache.get(key);
      if (cached && cached.expiresAt - renewBeforeMs > clock()) return cached.token;
      const issued = await identity.exchange(session.identityToken, audience);
      if (!issued.ok) return null;
      if (cache.size > 50_000) cache.clear();
      cache.set(key, issued.data);
      return issued.data.token;
    },
  };
}
