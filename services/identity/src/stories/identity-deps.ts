import type { Clock } from '../ports/clock.ts';
import type { CompanyRepository } from '../ports/company-repository.ts';
import type { PasswordHasher } from '../ports/password-hasher.ts';
import type { ServiceClients } from '../ports/service-clients.ts';
import type { TokenSigner } from '../ports/token-signer.ts';
import type { UserRepository } from '../ports/user-repository.ts';

/** The ports the identity stories run on. */
export interface IdentityPorts {
  readonly users: UserRepository;
  readonly companies: CompanyRepository;
  readonly passwords: PasswordHasher;
  readonly tokens: TokenSigner;
  readonly serviceClients: ServiceClients;
  readonly now: Clock;
}

/** Lifetime of the identity-audience token handed out at sign-in. */
export const signInTtlSeconds = 8 * 60 * 60;

/** Lifetime of a token exchanged for one service audience. */
export const serviceTokenTtlSeconds = 5 * 60;
