import { join } from 'node:path';
import { createLogger, databaseCheck, serve } from '@kerf/service-kit';
import { loadOrCreateSigningKey } from './adapters/file-signing-key.ts';
import { loadOrCreateServiceClients } from './adapters/file-service-clients.ts';
import { createJoseTokenSigner } from './adapters/jose-token-signer.ts';
import { createKyselyCompanyRepository } from './adapters/kysely-company-repository.ts';
import { createKyselyUserRepository } from './adapters/kysely-user-repository.ts';
import { inTurn, openIdentityDatabase } from './adapters/open-identity-database.ts';
import { createScryptPasswordHasher } from './adapters/scrypt-password-hasher.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { identityIssuer } from './ports/token-signer.ts';
import { demoAccounts, demoCompanies } from './seed/demo-accounts.ts';
import { seedDemo } from './stories/seed-demo.ts';

/** Builds the real adapters, migrates, seeds the demo on an empty store, and serves on loopback. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const logger = createLogger({ base: { service: 'identity' } });
  const folder = join(config.dataDir, 'identity');
  const { db, applied } = await openIdentityDatabase(config.database);
  if (applied.length > 0) logger.info('migrated', { applied });
  const now = () => new Date();
  // Aborted when SIGTERM starts the drain: readiness answers 503 from then on.
  const draining = new AbortController();
  const deps = {
    users: createKyselyUserRepository(db, now),
    companies: createKyselyCompanyRepository(db, now),
    passwords: createScryptPasswordHasher(),
    tokens: createJoseTokenSigner(await loadOrCreateSigningKey(join(folder, 'keys')), identityIssuer, now),
    serviceClients: await loadOrCreateServiceClients(join(config.dataDir, 'secrets')),
    now,
    logger,
    readiness: { database: databaseCheck(db) },
    draining: draining.signal,
  };
  const seeded = await inTurn(db, now, (repositories) =>
    seedDemo({ ...deps, ...repositories })({ companies: demoCompanies, accounts: demoAccounts }),
  );
  if (!seeded.ok) throw new Error(`demo seeding failed: ${String(seeded.reason)}`);
  if (seeded.data.seeded > 0) logger.info('seeded-demo', { accounts: seeded.data.seeded });
  await serve(createApp(deps), {
    port: config.port,
    host: config.host,
    logger,
    draining,
    onClose: () => db.destroy(),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
