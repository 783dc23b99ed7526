import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';
import type { Result } from '../result/result.ts';
import { fail, ok } from '../result/result.ts';
import type { Principal } from './principal.ts';
import { isRole } from './principal.ts';

/** Why a token was refused; never echoed to the caller beyond a 401. */
export type TokenFailure =
  | 'malformed'
  | 'untrusted-header'
  | 'algorithm-not-allowed'
  | 'unknown-key'
  | 'bad-signature'
  | 'expired'
  | 'invalid-claims';

/** Checks a compact JWT and returns its principal. */
export type TokenVerifier = (token: string) => Promise<Result<Principal, TokenFailure>>;

/** Where the verifier finds keys and which claims it insists on. */
export interface TokenVerifierOptions {
  /** A fixed key set (tests, or the identity service verifying its own tokens). */
  readonly jwks?: JSONWebKeySet;
  /** The identity service's JWKS URL, fetched and cached by jose. */
  readonly jwksUrl?: string;
  /** The expected `iss`, e.g. `kerf-identity`. */
  readonly issuer: string;
  /** The expected `aud`: this service's name. */
  readonly audience: string;
  /** Seconds of clock skew tolerated on exp/nbf/iat; 5 by default. */
  readonly clockToleranceSeconds?: number;
}

/** Header members that would let a token bring its own key: always refused. */
const untrustedHeaders = ['jwk', 'jku', 'x5u', 'x5c'];

/**
 * Creates a JWT verifier pinned to ES256 that requires exp, sub, aud and iss, checks issuer and
 * audience, refuses embedded keys, and reads `company` and `role` into a {@link Principal}.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = keySet(options);
  return async (token) => {
    try {
      const header = decodeProtectedHeader(token);
      if (untrustedHeaders.some((name) => name in header)) return fail('untrusted-header');
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ['ES256'],
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp', 'sub', 'aud', 'iss'],
        clockTolerance: options.clockToleranceSeconds ?? 5,
      });
      const { sub, company, role } = payload;
      if (typeof sub !== 'string' || sub === '' || typeof company !== 'string' || !isRole(role)) {
        return fail('invalid-claims');
      }
      return ok({ sub, company, role });
    } catch (error) {
      return fail(failureOf(error));
    }
  };
}

function keySet(options: TokenVerifierOptions): JWTVerifyGetKey {
  if (options.jwks) return createLocalJWKSet(options.jwks);
  if (options.jwksUrl) return createRemoteJWKSet(new URL(options.jwksUrl));
  throw new Error('createTokenVerifier needs jwks or jwksUrl');
}

function failureOf(error: unknown): TokenFailure {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return 'invalid-claims';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm-not-allowed';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown-key';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  return 'malformed';
}
