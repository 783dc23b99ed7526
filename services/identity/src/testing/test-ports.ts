import { databaseCheck } from '@kerf/service-kit';
import type { ReadinessChecks } from '@kerf/service-kit';
import { testDatabaseLocation } from '@kerf/service-kit/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey } from '../adapters/file-signing-key.ts';
import { loadOrCreateServiceClients } from '../adapters/file-service-clients.ts';
import { createJoseTokenSigner } from '../adapters/jose-token-signer.ts';
import { createKyselyCompanyRepository } from '../adapters/kysely-company-repository.ts';
import { createKyselyUserRepository } from '../adapters/kysely-user-repository.ts';
import { openIdentityDatabase } from '../adapters/open-identity-database.ts';
import { createScryptPasswordHasher } from '../adapters/scrypt-password-hasher.ts';
import { identityIssuer } from '../ports/token-signer.ts';
import { demoAccounts, demoCompanies } from '../seed/demo-accounts.ts';
import type { IdentityPorts } from '../stories/identity-deps.ts';
import { seedDemo } from '../stories/seed-demo.ts';

/**
 * Ports on an in-memory SQLite (a fresh PostgreSQL schema in the `postgres` project) with a cheap
 * scrypt cost and a fresh key, for tests only.
 */
export async function createTestPorts(
  options: { seed?: boolean } = {},
): Promise<IdentityPorts & { close(): Promise<void>; secretsDir: string; readiness: ReadinessChecks }> {
  const secretsDir = mkdtempSync(join(tmpdir(), 'kerf-secrets-'));
  const { db } = await openIdentityDatabase(testDatabaseLocation());
  const now = () => new Date();
  const ports: IdentityPorts = {
    users: createKyselyUserRepository(db, now),
    companies: createKyselyCompanyRepository(db, now),
    passwords: createScryptPasswordHasher({ N: 1024, r: 8, p: 1 }),
    tokens: createJoseTokenSigner(await generateSigningKey(), identityIssuer, now),
    serviceClients: await loadOrCreateServiceClients(secretsDir),
    now,
  };
  if (options.seed !== false) {
    const seeded = await seedDemo(ports)({ companies: demoCompanies, accounts: demoAccounts });
    if (!seeded.ok) throw new Error(`seeding failed: ${String(seeded.reason)}`);
  }
  return { ...ports, secretsDir, readiness: { database: databaseCheck(db) }, close: () => db.destroy() };
}
