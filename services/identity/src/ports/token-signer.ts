import type { Role } from '@kerf/service-kit';

/** The `iss` of every token this service signs. */
export const identityIssuer = 'kerf-identity';

/** The services a token can be meant for (the contract's `Audience`). */
export type Audience = 'identity' | 'catalog' | 'parts' | 'quotes';

/** The claims about the user a token carries (besides iss, aud, iat, exp). */
export interface TokenSubject {
  readonly sub: string;
  readonly company: string;
  readonly role: Role;
}

/** A signed token and when it expires. */
export interface SignedToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** A public key set as served at `/.well-known/jwks.json`. */
export interface PublicKeySet {
  readonly keys: ReadonlyArray<Readonly<Record<string, unknown>> & { kty: string; kid: string; alg: string }>;
}

/** Signs JWTs for one audience at a time. */
export interface TokenSigner {
  /** Signs a token for `audience` that expires `ttlSeconds` from now. */
  sign(subject: TokenSubject, audience: Audience, ttlSeconds: number): Promise<SignedToken>;
  /** The public keys that verify this signer's tokens. */
  publicKeys(): PublicKeySet;
}
