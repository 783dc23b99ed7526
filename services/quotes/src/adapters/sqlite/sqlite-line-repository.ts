import type { Kysely, Selectable } from 'kysely';
import type { LineRepository } from '../../ports/line-repository.ts';
import type { LinePricing, LineRecord, PartSnapshot, Units } from '../../ports/records.ts';
import type { LeadTime } from '../../pricing/types.ts';
import type { QuotesDatabase } from './schema.ts';

type Row = Selectable<QuotesDatabase['quote_lines']>;

/** SQLite caps bound parameters per statement; long id lists are read in chunks of this size. */
const chunk = 500;

/**
 * Lines in the `quote_lines` table of the service's SQL database (SQLite or PostgreSQL); the part
 * snapshot and the pricing are JSON text columns. Lists come in one order on both: quote, position, id.
 */
export function sqliteLineRepository(db: Kysely<QuotesDatabase>): LineRepository {
  const draftLines = () =>
    db
      .selectFrom('quote_lines')
      .innerJoin('quotes', 'quotes.id', 'quote_lines.quote_id')
      .where('quotes.status', '=', 'draft')
      .selectAll('quote_lines');
  return {
    async listByQuote(quoteId) {
      const rows = await db
        .selectFrom('quote_lines')
        .selectAll()
        .where('quote_id', '=', quoteId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toLine);
    },
    async getMany(quoteId, lineIds) {
      const rows = await inChunks(lineIds, (ids) =>
        db
          .selectFrom('quote_lines')
          .selectAll()
          .where('quote_id', '=', quoteId)
          .where('id', 'in', ids)
          .execute(),
      );
      return rows.sort(byPosition).map(toLine);
    },
    async nextPosition(quoteId) {
      const row = await db
        .selectFrom('quote_lines')
        .where('quote_id', '=', quoteId)
        .select((eb) => eb.fn.max('position').as('last'))
        .executeTakeFirst();
      return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
    },
    async insert(lines) {
      for (const line of lines) await db.insertInto('quote_lines').values(toRow(line)).execute();
    },
    async update(lines) {
      for (const line of lines) {
        await db.updateTable('quote_lines').set(toRow(line)).where('id', '=', line.id).execute();
      }
    },
    async delete(quoteId, lineId) {
      await db.deleteFrom('quote_lines').where('quote_id', '=', quoteId).where('id', '=', lineId).execute();
    },
    async draftLinesIn(scope) {
      if (scope.all) return (await draftLines().execute()).sort(byPosition).map(toLine);
      if (scope.materialIds.length === 0 && scope.qualities.length === 0) return [];
      const rows = await draftLines()
        .where((eb) =>
          eb.or([
            ...(scope.materialIds.length > 0 ? [eb('quote_lines.material_id', 'in', scope.materialIds)] : []),
            ...(scope.qualities.length > 0
              ? [eb('quote_lines.material_quality', 'in', scope.qualities)]
              : []),
          ]),
        )
        .execute();
      return rows.sort(byPosition).map(toLine);
    },
    async draftLinesOfParts(partIds) {
      const rows: Row[] = [];
      for (let i = 0; i < partIds.length; i += chunk) {
        rows.push(
          ...(await draftLines()
            .where('quote_lines.part_id', 'in', partIds.slice(i, i + chunk))
            .execute()),
        );
      }
      return rows.sort(byPosition).map(toLine);
    },
  };
}

/**
 * Orders lines by quote, position and id, comparing ids as code units: one order on SQLite and on
 * PostgreSQL whatever its collation (so re-pricing walks drafts in the same order everywhere).
 */
function byPosition(a: Row, b: Row): number {
  return compare(a.quote_id, b.quote_id) || a.position - b.position || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs a query per chunk of ids and concatenates the rows. */
async function inChunks(
  ids: readonly string[],
  query: (ids: readonly string[]) => Promise<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < ids.length; i += chunk) rows.push(...(await query(ids.slice(i, i + chunk))));
  return rows;
}

function toLine(row: Row): LineRecord {
  return {
    id: row.id,
    quote_id: row.quote_id,
    position: row.position,
    part_id: row.part_id,
    part_name: row.part_name,
    material_id: row.material_id,
    quantity: row.quantity,
    lead_time: row.lead_time as LeadTime,
    units: row.units as Units | null,
    part: row.part_json === null ? null : (JSON.parse(row.part_json) as PartSnapshot),
    pricing: JSON.parse(row.pricing_json) as LinePricing,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function toRow(line: LineRecord): Row {
  return {
    id: line.id,
    quote_id: line.quote_id,
    position: line.position,
    part_id: line.part_id,
    part_name: line.part_name,
    material_id: line.material_id,
    material_quality: line.pricing.material?.quality ?? null,
    quantity: line.quantity,
    lead_time: line.lead_time,
    units: line.units,
    status: line.pricing.status,
    total_cents: line.pricing.total_cents,
    cost_cents: line.pricing.cost_cents,
    margin_cents: line.pricing.margin_cents,
    machine_time_s: line.pricing.machine_time_s,
    part_json: line.part === null ? null : JSON.stringify(line.part),
    pricing_json: JSON.stringify(line.pricing),
    created_at: line.created_at,
    updated_at: line.updated_at,
  };
}
