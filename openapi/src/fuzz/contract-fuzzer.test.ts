import { Hono } from 'hono';
import { fileURLToPath } from 'node:url';
import { mountOpenApi, ok, fail } from '@kerf/service-kit';
import { describe, expect, it } from 'vitest';
import { fuzzContract } from './contract-fuzzer.ts';

const spec = fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url));

/** A widgets service; `bug` plants one defect the fuzzer must find. */
function widgets(
  bug: 'none' | 'crash-on-blue' | 'drops-required-field' | 'undocumented-status' | 'delete-forgets',
) {
  const app = new Hono();
  const store: { id: string; name: string; size: number; color?: string }[] = [];
  let nextId = 0;
  mountOpenApi(app, {
    spec,
    authenticate: async (token) =>
      token === 'good' ? ok({ sub: 'u', company: 'c', role: 'internal' as const }) : fail('bad token'),
    handlers: {
      listWidgets: (r) => {
        if (bug === 'crash-on-blue' && (r.query as unknown as { color?: string }).color === 'blue')
          throw new Error('boom');
        return r.c.json({
          count: store.length,
          items: store.slice(0, (r.query as unknown as { limit: number }).limit),
        });
      },
      createWidget: (r) => {
        const body = r.body as unknown as { name: string; size: number; color?: string };
        nextId += 1;
        const widget = { id: String(nextId), ...body };
        store.push(widget);
        if (bug === 'drops-required-field') return r.c.json({ id: widget.id, name: widget.name }, 201);
        if (bug === 'undocumented-status') return r.c.json(widget, 200);
        return r.c.json(widget, 201);
      },
      getWidget: (r) => {
        const found = store.find((w) => w.id === (r.path as unknown as { id: string }).id);
        return found
          ? r.c.json(found)
          : r.c.json({ status: 404, code: 'not-found' }, 404, { 'content-type': 'application/problem+json' });
      },
      deleteWidget: (r) => {
        const at = store.findIndex((w) => w.id === (r.path as unknown as { id: string }).id);
        if (at < 0)
          return r.c.json({ status: 404, code: 'not-found' }, 404, {
            'content-type': 'application/problem+json',
          });
        if (bug !== 'delete-forgets') store.splice(at, 1);
        return r.c.body(null, 204);
      },
    },
  });
  app.onError((_e, c) => c.json({ status: 500, code: 'internal' }, 500));
  const chains = [
    {
      create: 'createWidget',
      read: 'getWidget',
      list: 'listWidgets',
      remove: 'deleteWidget',
      idParam: 'id',
      caller: 'internal',
    },
  ];
  return {
    spec,
    fetch: (req: Request) => Promise.resolve(app.fetch(req)),
    callers: { internal: 'good' },
    privileged: 'internal',
    chains,
  };
}

describe('fuzzContract', () => {
  it('finds nothing wrong with a correct service and counts its cases', async () => {
    const report = await fuzzContract(widgets('none'), { seed: 7, runs: 20 });
    expect(report.failures).toEqual([]);
    expect(report.cases).toBeGreaterThan(60);
  });

  it.each([
    ['crash-on-blue', /listWidgets .*: 500/],
    ['drops-required-field', /createWidget .*size/],
    ['undocumented-status', /createWidget .*status 200 is not documented/],
    ['delete-forgets', /getWidget \d+ after delete answered 200, expected 404/],
  ] as const)('catches a planted bug: %s', async (bug, pattern) => {
    const report = await fuzzContract(widgets(bug), { seed: 7, runs: 20 });
    expect(
      report.failures.some((f) => pattern.test(f)),
      report.failures.slice(0, 3).join('\n'),
    ).toBe(true);
  });

  it('generates the same cases for the same seed', async () => {
    const a = await fuzzContract(widgets('crash-on-blue'), { seed: 3, runs: 10 });
    const b = await fuzzContract(widgets('crash-on-blue'), { seed: 3, runs: 10 });
    expect(a).toEqual(b);
  });
});
