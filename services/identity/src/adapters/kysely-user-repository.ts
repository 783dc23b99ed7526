import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fail, isUniqueViolation, ok, userRoles, type UserRole } from '@kerf/service-kit';
import type { Clock } from '../ports/clock.ts';
import type { User, UserRepository, UserWithPassword } from '../ports/user-repository.ts';
import type { IdentityDatabase } from './identity-database.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  company_id: string;
  company_name: string;
  password_hash: string;
}

/** Users in SQL through Kysely (SQLite or PostgreSQL). */
export function createKyselyUserRepository(db: Kysely<IdentityDatabase>, now: Clock): UserRepository {
  const selectUsers = () =>
    db
      .selectFrom('users')
      .innerJoin('companies', 'companies.id', 'users.company_id')
      .select([
        'users.id',
        'users.email',
        'users.name',
        'users.role',
        'users.company_id',
        'companies.name as company_name',
        'users.password_hash',
      ]);
  return {
    async findByEmail(email) {
      const row = await selectUsers().where('users.email', '=', email).executeTakeFirst();
      return row ? withPassword(row) : null;
    },
    async findById(id) {
      const row = await selectUsers().where('users.id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async list({ limit, offset }) {
      const rows = await selectUsers().orderBy('users.email').limit(limit).offset(offset).execute();
      return { count: await this.count(), items: rows.map(toUser) };
    },
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async create(user) {
      const company = await db
        .selectFrom('companies')
        .select(['id', 'name'])
        .where('id', '=', user.companyId)
        .executeTakeFirst();
      if (!company) return fail('unknown-company');
      const id = randomUUID();
      try {
        await db
          .insertInto('users')
          .values({
            id,
            email: user.email,
            name: user.name,
            role: user.role,
            company_id: company.id,
            password_hash: user.passwordHash,
            created_at: now().toISOString(),
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return fail('duplicate-email');
        throw error;
      }
      return ok({ id, email: user.email, name: user.name, role: user.role, company });
    },
  };
}

function toUser(row: UserRow): User {
  if (!isUserRole(row.role)) throw new Error(`user ${row.id} has an unknown role`);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    company: { id: row.company_id, name: row.company_name },
  };
}

function withPassword(row: UserRow): UserWithPassword {
  return { ...toUser(row), passwordHash: row.password_hash };
}

function isUserRole(value: string): value is UserRole {
  return (userRoles as readonly string[]).includes(value);
}
