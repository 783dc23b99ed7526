import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { workedPlateDxf } from '../../testing/dxf.ts';
import type { Json, TestQuotes } from '../../testing/test-quotes.ts';
import { callers, openTestQuotes } from '../../testing/test-quotes.ts';
import { openQuotesDatabase } from './open-quotes-database.ts';
import type { QuotesDatabase } from './schema.ts';
import { sqliteQuotesStore } from './sqlite-quotes-store.ts';

// PostgreSQL only: two quotes replicas changing one quote at the same time.

let t: TestQuotes;
let other: Kysely<QuotesDatabase>;
beforeAll(async () => {
  t = await openTestQuotes();
  other = await openQuotesDatabase(t.location);
});
afterAll(async () => {
  await other.destroy();
  await t.close();
});

describe('quotes replicas on one PostgreSQL schema', () => {
  it('add lines to one quote together: distinct positions, totals of every line, events in order', async () => {
    const material = await t.material('mild-steel', 3);
    const part = await t.addPart('acme', workedPlateDxf());
    const quote = await t.draft(callers.alice, 'Busy');
    const second = createApp({ ...t.deps, store: sqliteQuotesStore(other) });
    const token = await t.token(callers.alice);
    const add = (app: typeof second, quantity: number) =>
      app.request(`/quotes/${quote}/lines`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ lines: [{ part_id: part, material_id: material, quantity }] }),
      });
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => add(i % 2 === 0 ? t.app : second, i + 1)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    const read = await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote}`);
    const items: Json[] = read.body.lines;
    expect(items.map((line: Json) => line.position).sort((a: number, b: number) => a - b)).toEqual(
      Array.from({ length: 16 }, (_, i) => i),
    );
    expect(read.body.totals.line_count).toBe(16);
    const sum = items.reduce((total: number, line: Json) => total + (line.total_cents as number), 0);
    expect(read.body.totals.total_cents).toBe(sum);
    const ids = (await t.deps.store.read.outbox.after(0, 1000)).map((event) => event.id);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
  });
});
