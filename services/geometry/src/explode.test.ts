import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DxfEntity } from './dxf-entities.ts';
import { explode } from './explode.ts';
import { PS, writeSeg } from './prim-data.ts';
import { ReadContext } from './read-context.ts';

/** A LINE or a non-cut entity on one of a few layers. */
const entity = fc
  .tuple(fc.constantFrom('LINE', 'TEXT', 'POINT'), fc.constantFrom('0', 'A', 'B', 'C'))
  .map(([type, layer]): DxfEntity => {
    if (type !== 'LINE') return { kind: 'OTHER', type, layer };
    const pd = new Float64Array(PS);
    writeSeg(pd, 0, 0, 0, 1, 1);
    return { kind: 'LINE', layer, finite: true, pd };
  });

describe('explode', () => {
  it('counts types in order of first appearance, every layer used, and skips ignored layers (runs of one type or layer)', () => {
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 40 }), fc.subarray(['A', 'C']), (entities, ignore) => {
        const ex = explode(entities, new Map(), new ReadContext(1e6, 1e6, 1e9, null), 8, ignore, 0);
        const counts: Record<string, number> = {};
        const layers = new Set<string>();
        let edges = 0;
        let text = 0;
        for (const e of entities) {
          const type = e.kind === 'OTHER' ? e.type : e.kind;
          counts[type] = (counts[type] ?? 0) + 1;
          layers.add(e.layer);
          if (type === 'TEXT') text++;
          if (e.kind === 'LINE' && !ignore.includes(e.layer)) edges++;
        }
        expect(Object.entries(ex.explodedCounts)).toEqual(Object.entries(counts));
        expect(Object.entries(ex.entityCounts)).toEqual(Object.entries(counts));
        expect([...ex.layers]).toEqual([...layers]);
        expect(ex.edges.length).toBe(edges);
        expect(ex.textCount).toBe(text);
        expect(ex.ignoredCounts).toEqual(
          Object.fromEntries(Object.entries(counts).filter(([t]) => t !== 'LINE')),
        );
      }),
      { numRuns: 300 },
    );
  });
});
