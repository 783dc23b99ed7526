/**
 * @kerf/identity: users, companies, roles, password sign-in and ES256 tokens. `createApp(deps)` builds
 * the Hono app; `server.ts` runs it. The demo accounts are exported for the launcher to print.
 */
export { createApp } from './app.ts';
export type { IdentityDeps } from './app.ts';
export { readConfig, defaultDataDir } from './config.ts';
export type { IdentityConfig } from './config.ts';
export { demoAccounts, demoCompanies, demoPassword, shopCompany } from './seed/demo-accounts.ts';
export type { DemoAccount } from './seed/demo-accounts.ts';
export { identityIssuer } from './ports/token-signer.ts';
export type { Audience } from './ports/token-signer.ts';
export { serviceTokenTtlSeconds, signInTtlSeconds } from './stories/identity-deps.ts';
