import { SignJWT } from 'jose';
import type { Clock } from '../ports/clock.ts';
import type { TokenSigner } from '../ports/token-signer.ts';
import type { SigningKey } from './file-signing-key.ts';

/** Signs ES256 JWTs with jose: iss, sub, aud, iat, exp, company, role; `kid` in the header. */
export function createJoseTokenSigner(key: SigningKey, issuer: string, now: Clock): TokenSigner {
  return {
    async sign(subject, audience, ttlSeconds) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const expiresAt = issuedAt + ttlSeconds;
      const token = await new SignJWT({ company: subject.company, role: subject.role })
        .setProtectedHeader({ alg: 'ES256', kid: key.publicJwk.kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setSubject(subject.sub)
        .setAudience(audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .sign(key.privateKey);
      return { token, expiresAt: new Date(expiresAt * 1000) };
    },
    publicKeys: () => ({ keys: [key.publicJwk] }),
  };
}
