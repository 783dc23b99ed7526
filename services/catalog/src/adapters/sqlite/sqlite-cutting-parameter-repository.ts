import { isUniqueViolation } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { CuttingParameterRepository } from '../../ports/cutting-parameter-repository.ts';
import type { CatalogDatabase } from './schema.ts';

/** Cutting parameters in the `cutting_parameters` table. */
export function sqliteCuttingParameterRepository(db: Kysely<CatalogDatabase>): CuttingParameterRepository {
  return {
    async list({ quality, limit, offset }) {
      let query = db.selectFrom('cutting_parameters');
      if (quality !== undefined) query = query.where('quality', '=', quality);
      const total = await query
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      const items = await query
        .selectAll()
        .orderBy('quality')
        .orderBy('thickness')
        .limit(limit)
        .offset(offset)
        .execute();
      return { count: Number(total.count), items };
    },
    async get(id) {
      return (
        (await db.selectFrom('cutting_parameters').selectAll().where('id', '=', id).executeTakeFirst()) ??
        null
      );
    },
    async insert(parameter) {
      try {
        await db.insertInto('cutting_parameters').values(parameter).execute();
        return 'ok';
      } catch (error) {
        if (isUniqueViolation(error)) return 'duplicate';
        throw error;
      }
    },
    async update(parameter) {
      await db.updateTable('cutting_parameters').set(parameter).where('id', '=', parameter.id).execute();
    },
    async delete(id) {
      await db.deleteFrom('cutting_parameters').where('id', '=', id).execute();
    },
  };
}
