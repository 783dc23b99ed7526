import { containsText, isUniqueViolation } from '@kerf/service-kit';
import type { Kysely, Selectable } from 'kysely';
import type { MaterialFilter, MaterialRepository } from '../../ports/material-repository.ts';
import type { Material } from '../../ports/records.ts';
import type { CatalogDatabase } from './schema.ts';

type Row = Selectable<CatalogDatabase['materials']>;

/** Materials in the `materials` table. */
export function sqliteMaterialRepository(db: Kysely<CatalogDatabase>): MaterialRepository {
  const filtered = (filter: MaterialFilter) => {
    let query = db.selectFrom('materials');
    if (filter.is_active !== undefined) query = query.where('is_active', '=', filter.is_active ? 1 : 0);
    if (filter.quality !== undefined) query = query.where('quality', '=', filter.quality);
    if (filter.search !== undefined) query = query.where(containsText('name', filter.search));
    return query;
  };
  return {
    async list({ filter, ordering, limit, offset }) {
      const total = await filtered(filter)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      let page = filtered(filter).selectAll();
      for (const term of ordering) page = page.orderBy(term.field, term.descending ? 'desc' : 'asc');
      const rows = await page.orderBy('id', 'asc').limit(limit).offset(offset).execute();
      return { count: Number(total.count), items: rows.map(toMaterial) };
    },
    async get(id) {
      const row = await db.selectFrom('materials').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toMaterial(row) : null;
    },
    async insert(material) {
      try {
        await db.insertInto('materials').values(toRow(material)).execute();
        return 'ok';
      } catch (error) {
        if (isUniqueViolation(error)) return 'duplicate';
        throw error;
      }
    },
    async update(material) {
      try {
        await db.updateTable('materials').set(toRow(material)).where('id', '=', material.id).execute();
        return 'ok';
      } catch (error) {
        if (isUniqueViolation(error)) return 'duplicate';
        throw error;
      }
    },
    async delete(id) {
      await db.deleteFrom('materials').where('id', '=', id).execute();
    },
  };
}

function toMaterial(row: Row): Material {
  return { ...row, is_active: row.is_active === 1 };
}

function toRow(material: Material): Row {
  return { ...material, is_active: material.is_active ? 1 : 0 };
}
