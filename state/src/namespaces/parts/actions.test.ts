import { describe, expect, it } from 'vitest';
import { settle } from '../../testing/fake-clock.ts';
import { createWorkspaceHarness } from '../../testing/workspace-harness.ts';
import { aPart } from './testing.ts';

describe('parts actions', () => {
  it('loads parts asked for within 50 ms in one request, 250 ids per request', async () => {
    const { overmind, parts, clock } = createWorkspaceHarness();
    const ids = Array.from({ length: 300 }, (_, i) => `p${i}`);
    for (const id of ids) parts.parts.set(id, aPart(id));
    overmind.actions.parts.loadParts(ids.slice(0, 100));
    await clock.advance(20);
    overmind.actions.parts.loadParts(ids.slice(100));
    await clock.advance(30);
    expect(parts.calls.map((c) => [c.method, c.ids.length])).toEqual([
      ['readMany', 250],
      ['readMany', 50],
    ]);
    expect(Object.keys(overmind.state.parts.byId)).toHaveLength(300);
  });

  it('reads again later when the read fails', async () => {
    const { overmind, parts, clock } = createWorkspaceHarness();
    parts.parts.set('p1', aPart('p1'));
    parts.failReads(1);
    overmind.actions.parts.loadParts(['p1']);
    await clock.advance(50);
    expect(overmind.state.parts.byId.p1).toBeUndefined();
    await clock.advance(2000);
    expect(overmind.state.parts.byId.p1?.status).toBe('ready');
  });

  it('a units choice processes the part again and follows it until it is ready', async () => {
    const { overmind, parts, clock } = createWorkspaceHarness();
    const problem = {
      code: 'units-unknown',
      severity: 'warning' as const,
      message: 'm',
      count: 1,
      where: [],
      details: {},
    };
    parts.parts.set('p1', aPart('p1', { problems: [problem] }));
    overmind.actions.parts.loadParts(['p1']);
    await clock.advance(50);
    const choosing = overmind.actions.parts.setUnits({ partId: 'p1', units: 'inch' });
    expect(overmind.state.parts.busy.p1).toBe(true);
    expect(overmind.state.parts.needsUnits).toEqual(['p1']);
    expect(await choosing).toBe(true);
    expect(overmind.state.parts.needsUnits).toEqual([]);
    expect(overmind.state.parts.byId.p1).toMatchObject({
      status: 'queued',
      units_choice: 'inch',
      revision: 2,
    });
    parts.parts.set(
      'p1',
      aPart('p1', { units_choice: 'inch', revision: 2, progress: 0.5, status: 'processing' }),
    );
    await clock.advance(1500);
    expect(overmind.state.parts.byId.p1).toMatchObject({ status: 'processing', progress: 0.5 });
    parts.parts.set('p1', aPart('p1', { units_choice: 'inch', revision: 2 }));
    await clock.advance(1000);
    expect(overmind.state.parts.byId.p1).toMatchObject({ status: 'ready', problems: [] });
    const reads = parts.calls.length;
    await clock.advance(30_000);
    expect(parts.calls).toHaveLength(reads);
  });

  it('keeps the reason when a change fails, and deletes parts', async () => {
    const { overmind, parts, clock } = createWorkspaceHarness();
    expect(await overmind.actions.parts.setUnits({ partId: 'nope', units: 'mm' })).toBe(false);
    expect(overmind.state.parts.errors.nope).toMatchObject({ action: 'units', code: 'not-found' });
    parts.parts.set('p1', aPart('p1'));
    overmind.actions.parts.loadParts(['p1']);
    await clock.advance(50);
    expect(await overmind.actions.parts.deletePart('p1')).toBe(true);
    expect(overmind.state.parts.byId.p1).toBeUndefined();
    expect(parts.parts.has('p1')).toBe(false);
  });

  it('takes pushed part events as hints: re-read a ready part, ignore unknown parts', async () => {
    const { overmind, parts, clock } = createWorkspaceHarness();
    parts.parts.set('p1', aPart('p1', { status: 'processing', progress: 0.2 }));
    overmind.actions.parts.loadParts(['p1']);
    await clock.advance(50);
    parts.parts.set('p1', aPart('p1'));
    const change = { id: 'parts:9', service: 'parts', entity_id: 'p1', company: 'c1', at: '' };
    overmind.actions.events.receive({ ...change, type: 'part.ready' });
    overmind.actions.events.receive({ ...change, entity_id: 'p2', type: 'part.ready' });
    await clock.advance(50);
    await settle();
    expect(overmind.state.parts.byId.p1?.status).toBe('ready');
    expect(parts.calls.filter((c) => c.method === 'readMany').map((c) => c.ids)).toEqual([['p1'], ['p1']]);
  });
});
