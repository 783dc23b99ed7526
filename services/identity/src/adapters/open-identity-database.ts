import { migrate, openDatabase, serialiseWriters } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.ts';
import type { CompanyRepository } from '../ports/company-repository.ts';
import type { UserRepository } from '../ports/user-repository.ts';
import type { IdentityDatabase } from './identity-database.ts';
import { identityMigrations } from './identity-migrations.ts';
import { createKyselyCompanyRepository } from './kysely-company-repository.ts';
import { createKyselyUserRepository } from './kysely-user-repository.ts';

/** Identity's SQL database, migrated, and the names of the migrations this opening applied. */
export interface OpenedIdentityDatabase {
  readonly db: Kysely<IdentityDatabase>;
  readonly applied: readonly string[];
}

/**
 * Opens identity's SQL database (SQLite or PostgreSQL) at `location` (a SQLite file, `:memory:` or a
 * `postgres://` URL, see `openDatabase`) and applies the migrations.
 */
export async function openIdentityDatabase(location: string): Promise<OpenedIdentityDatabase> {
  const db = await openDatabase<IdentityDatabase>(location);
  try {
    return { db, applied: await migrate(db, identityMigrations) };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** The user and company repositories on one connection or transaction. */
export interface IdentityRepositories {
  readonly users: UserRepository;
  readonly companies: CompanyRepository;
}

/**
 * Runs `work` (the demo seed) in one transaction, on repositories bound to it, after every other
 * caller of this function: replicas starting together on PostgreSQL take turns, so the first seeds and
 * the others find users (before, the second one failed on a duplicate company). SQLite serialises
 * writers anyway.
 */
export async function inTurn<T>(
  db: Kysely<IdentityDatabase>,
  now: Clock,
  work: (repositories: IdentityRepositories) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await serialiseWriters<IdentityDatabase>(trx, 'users');
    return work({
      users: createKyselyUserRepository(trx, now),
      companies: createKyselyCompanyRepository(trx, now),
    });
  });
}
