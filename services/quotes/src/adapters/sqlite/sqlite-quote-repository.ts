import { containsText } from '@kerf/service-kit';
import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { QuoteFilter, QuoteRepository } from '../../ports/quote-repository.ts';
import type { QuoteRecord, StoredStatus } from '../../ports/records.ts';
import type { QuotesDatabase } from './schema.ts';

type Row = Selectable<QuotesDatabase['quotes']>;

/** Quotes in the `quotes` table. */
export function sqliteQuoteRepository(db: Kysely<QuotesDatabase>): QuoteRepository {
  const filtered = (filter: QuoteFilter) => {
    let query = db.selectFrom('quotes');
    if (filter.company_id !== undefined) query = query.where('company_id', '=', filter.company_id);
    if (filter.search !== undefined) query = query.where(containsText('name', filter.search));
    switch (filter.status) {
      case undefined:
        break;
      case 'sent':
        query = query.where('status', '=', 'sent').where('valid_until', '>=', filter.today);
        break;
      case 'expired':
        query = query.where('status', '=', 'sent').where('valid_until', '<', filter.today);
        break;
      default:
        query = query.where('status', '=', filter.status);
    }
    return query;
  };
  return {
    async list({ filter, ordering, limit, offset }) {
      const total = await filtered(filter)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      let page = filtered(filter).selectAll();
      for (const term of ordering) {
        const direction = term.descending ? 'desc' : 'asc';
        page =
          term.field === 'status'
            ? // Order by the status callers see, so that expired quotes sort as expired.
              page.orderBy(
                sql`case when status = 'sent' and valid_until < ${filter.today} then 'expired' else status end`,
                direction,
              )
            : page.orderBy(term.field, direction);
      }
      const rows = await page.orderBy('id', 'asc').limit(limit).offset(offset).execute();
      return { count: Number(total.count), items: rows.map(toQuote) };
    },
    async get(id) {
      const row = await db.selectFrom('quotes').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toQuote(row) : null;
    },
    async insert(quote) {
      await db.insertInto('quotes').values(toRow(quote)).execute();
    },
    async update(quote) {
      const { name, status, valid_until, updated_at, sent_at, accepted_at } = quote;
      await db
        .updateTable('quotes')
        .set({ name, status, valid_until, updated_at, sent_at, accepted_at })
        .where('id', '=', quote.id)
        .execute();
    },
    async delete(id) {
      await db.deleteFrom('quote_lines').where('quote_id', '=', id).execute();
      await db.deleteFrom('quotes').where('id', '=', id).execute();
    },
    async refreshTotals(id, at) {
      const sums = await db
        .selectFrom('quote_lines')
        .where('quote_id', '=', id)
        .select((eb) => [
          eb.fn.countAll<number>().as('line_count'),
          sql<number>`coalesce(sum(case when status = 'priced' then total_cents else 0 end), 0)`.as(
            'total_cents',
          ),
          sql<number>`coalesce(sum(case when status = 'blocked' then 1 else 0 end), 0)`.as(
            'blocked_line_count',
          ),
          sql<number>`coalesce(sum(cost_cents), 0)`.as('cost_cents'),
          sql<number>`coalesce(sum(margin_cents), 0)`.as('margin_cents'),
          sql<number>`coalesce(sum(machine_time_s), 0)`.as('machine_time_s'),
        ])
        .executeTakeFirstOrThrow();
      await db
        .updateTable('quotes')
        .set({
          line_count: Number(sums.line_count),
          total_cents: Number(sums.total_cents),
          blocked_line_count: Number(sums.blocked_line_count),
          cost_cents: Number(sums.cost_cents),
          margin_cents: Number(sums.margin_cents),
          machine_time_s: Number(sums.machine_time_s),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
      const row = await db.selectFrom('quotes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return toQuote(row);
    },
  };
}

function toQuote(row: Row): QuoteRecord {
  return {
    id: row.id,
    company_id: row.company_id,
    name: row.name,
    status: row.status as StoredStatus,
    valid_until: row.valid_until,
    currency: 'EUR',
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
    sent_at: row.sent_at,
    accepted_at: row.accepted_at,
    totals: {
      total_cents: Number(row.total_cents),
      line_count: Number(row.line_count),
      blocked_line_count: Number(row.blocked_line_count),
    },
    costs: {
      cost_cents: Number(row.cost_cents),
      margin_cents: Number(row.margin_cents),
      machine_time_s: Number(row.machine_time_s),
    },
  };
}

function toRow(quote: QuoteRecord): Row {
  const { totals, costs, ...fields } = quote;
  return { ...fields, ...totals, ...costs };
}
