import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fail, isUniqueViolation, ok } from '@kerf/service-kit';
import type { CompanyRepository } from '../ports/company-repository.ts';
import type { Clock } from '../ports/clock.ts';
import type { IdentityDatabase } from './identity-database.ts';

/** Companies in SQL through Kysely (SQLite or PostgreSQL). */
export function createKyselyCompanyRepository(db: Kysely<IdentityDatabase>, now: Clock): CompanyRepository {
  const columns = ['id', 'name'] as const;
  return {
    list: () => db.selectFrom('companies').select(columns).orderBy('name').execute(),
    findById: async (id) =>
      (await db.selectFrom('companies').select(columns).where('id', '=', id).executeTakeFirst()) ?? null,
    findByName: async (name) =>
      (await db.selectFrom('companies').select(columns).where('name', '=', name).executeTakeFirst()) ?? null,
    async create(name) {
      const company = { id: randomUUID(), name };
      try {
        await db
          .insertInto('companies')
          .values({ ...company, created_at: now().toISOString() })
          .execute();
        return ok(company);
      } catch (error) {
        if (isUniqueViolation(error)) return fail('duplicate-name');
        throw error;
      }
    },
  };
}
