import type { components } from '@kerf/openapi/identity';

/** The services a browser may reach through `/api/<service>/...`. */
export type Audience = components['schemas']['Audience'];

/** Why identity said no. */
export type IdentityFailure =
  | { reason: 'invalid-credentials' }
  | { reason: 'invalid-input'; errors: { field: string; message: string }[] }
  | { reason: 'unavailable'; detail: string };

/** A successful sign-in at identity. */
export interface SignedIn {
  user: components['schemas']['User'];
  token: string;
  expiresAt: number;
}

/** The BFF's view of the identity service. */
export interface IdentityGateway {
  /** Checks credentials and returns the user with an identity-audience token. */
  signIn(
    email: string,
    password: string,
  ): Promise<{ ok: true; data: SignedIn } | { ok: false; error: IdentityFailure }>;
  /** Exchanges an identity token for a short-lived token for one service. */
  exchange(
    identityToken: string,
    audience: Audience,
  ): Promise<
    { ok: true; data: { token: string; expiresAt: number } } | { ok: false; error: IdentityFailure }
  >;
}
