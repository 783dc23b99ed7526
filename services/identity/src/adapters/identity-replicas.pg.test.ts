import { testDatabaseLocation } from '@kerf/service-kit/testing';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { demoAccounts, demoCompanies } from '../seed/demo-accounts.ts';
import { seedDemo } from '../stories/seed-demo.ts';
import type { IdentityDatabase } from './identity-database.ts';
import { inTurn, openIdentityDatabase } from './open-identity-database.ts';
import { createScryptPasswordHasher } from './scrypt-password-hasher.ts';

// PostgreSQL only: identity replicas starting together on one schema.

const opened: Kysely<IdentityDatabase>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

describe('identity replicas on one PostgreSQL schema', () => {
  it('migrate once and seed the demo once when they start together', async () => {
    const location = testDatabaseLocation();
    const replicas = await Promise.all([1, 2, 3].map(() => openIdentityDatabase(location)));
    opened.push(...replicas.map(({ db }) => db));
    expect(replicas.flatMap(({ applied }) => applied)).toEqual(['0001-companies-and-users']);
    const now = () => new Date();
    const passwords = createScryptPasswordHasher({ N: 1024, r: 8, p: 1 });
    const results = await Promise.all(
      replicas.map(({ db }) =>
        inTurn(db, now, (repositories) =>
          seedDemo({ ...repositories, passwords })({ companies: demoCompanies, accounts: demoAccounts }),
        ),
      ),
    );
    expect(results.map((result) => (result.ok ? result.data.seeded : result.reason)).sort()).toEqual([
      0,
      0,
      demoAccounts.length,
    ]);
    const { db } = replicas[0]!;
    const users = await db.selectFrom('users').select('email').execute();
    expect(users).toHaveLength(demoAccounts.length);
    expect(await db.selectFrom('companies').select('name').execute()).toHaveLength(demoCompanies.length);
  });
});
