import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { JSONWebKeySet } from 'jose';
import type { Role } from '../jwt/principal.ts';
import type { TokenVerifier } from '../jwt/token-verifier.ts';
import { createTokenVerifier } from '../jwt/token-verifier.ts';

/** What a test token says: the caller, the audience and, when not the usual, issuer and lifetime. */
export interface TestTokenClaims {
  readonly sub: string;
  readonly company: string;
  readonly role: Role;
  /** The service the token is for, e.g. `parts`. */
  readonly audience: string;
  /** `kerf-identity` (or the issuer the tokens were created with) unless given. */
  readonly issuer?: string;
  /** A jose time span; `5m` unless given. */
  readonly expiresIn?: string;
}

/** ES256 tokens signed by a key generated for one test run, and the kit's verifier of them. */
export interface TestTokens {
  /** The public key set, as identity serves it at `/.well-known/jwks.json`. */
  readonly jwks: JSONWebKeySet;
  /** Signs a token as identity would (`iat` now, `exp` after `expiresIn`). */
  sign(claims: TestTokenClaims): Promise<string>;
  /** The kit's verifier of these tokens for one audience, as a service's app takes it. */
  verifier(audience: string): TokenVerifier;
}

/**
 * Generates an ES256 key pair and returns a signer and verifiers over it, for tests only. `kid` names
 * the key (`test` by default); `issuer` is the expected and signed `iss` (`kerf-identity` by default).
 */
export async function createTestTokens(options: { kid?: string; issuer?: string } = {}): Promise<TestTokens> {
  const kid = options.kid ?? 'test';
  const issuer = options.issuer ?? 'kerf-identity';
  const pair = await generateKeyPair('ES256');
  const jwks: JSONWebKeySet = { keys: [{ ...(await exportJWK(pair.publicKey)), kid, alg: 'ES256' }] };
  return {
    jwks,
    sign: (claims) =>
      new SignJWT({ company: claims.company, role: claims.role })
        .setProtectedHeader({ alg: 'ES256', kid })
        .setSubject(claims.sub)
        .setIssuer(claims.issuer ?? issuer)
        .setAudience(claims.audience)
        .setIssuedAt()
        .setExpirationTime(claims.expiresIn ?? '5m')
        .sign(pair.privateKey),
    verifier: (audience) => createTokenVerifier({ jwks, issuer, audience }),
  };
}
