import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainEdges, type LoopPart } from './chain-edges.ts';
import { makeEdge, type Edge } from './edge.ts';
import { PS, writeSeg } from './prim-data.ts';
import { ReadContext } from './read-context.ts';

function segment(x0: number, y0: number, x1: number, y1: number): Edge {
  const pd = new Float64Array(PS);
  writeSeg(pd, 0, x0, y0, x1, y1);
  return makeEdge('LINE', '0', pd, null, false, 0);
}

/**
 * DEFINITIONS.md chaining by brute force, grouped and ordered with Maps and Sets (the form the
 * chaining had before its flat arrays): components in order of their first edge, cycles walked
 * from their first edge, at each node the first unused edge in member order.
 */
function reference(edges: Edge[], open: number[], tol: number) {
  const n = open.length;
  const parent = Array.from({ length: 2 * n }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const xy = (k: number): [number, number] => {
    const e = edges[open[k >> 1]!]!;
    return k % 2 === 0 ? [e.sx, e.sy] : [e.ex, e.ey];
  };
  let loose = 0;
  for (let k = 0; k < 2 * n; k++)
    for (let j = 0; j < k; j++) {
      const [a, b] = xy(k);
      const [c, d] = xy(j);
      const dist = Math.hypot(a - c, b - d);
      if (dist <= tol) {
        parent[find(j)] = find(k);
        if (dist > tol / 10) loose++;
      }
    }
  const node = Array.from({ length: 2 * n }, (_, k) => find(k));
  const degree = new Map<number, number>();
  for (const nd of node) degree.set(nd, (degree.get(nd) ?? 0) + 1);
  const comp = Array.from({ length: 2 * n }, (_, k) => k);
  const cfind = (k: number): number => (comp[k] === k ? k : (comp[k] = cfind(comp[k]!)));
  for (let i = 0; i < n; i++) comp[cfind(node[2 * i]!)] = cfind(node[2 * i + 1]!);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = cfind(node[2 * i]!);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  const cycles: LoopPart[][] = [];
  const chains: number[][] = [];
  let branched = 0;
  for (const members of groups.values()) {
    const ds = members.flatMap((i) => [degree.get(node[2 * i]!)!, degree.get(node[2 * i + 1]!)!]);
    if (ds.some((d) => d > 2)) branched++;
    if (ds.some((d) => d !== 2)) {
      chains.push(members.map((i) => open[i]!));
      continue;
    }
    const at = new Map<number, number[]>();
    for (const i of members)
      for (const k of [2 * i, 2 * i + 1]) at.set(node[k]!, [...(at.get(node[k]!) ?? []), i]);
    const used = new Set<number>();
    const parts: LoopPart[] = [];
    let cur: number | undefined = members[0]!;
    let rev = false;
    while (cur !== undefined && !used.has(cur)) {
      used.add(cur);
      parts.push({ edge: open[cur]!, rev });
      const end: number = node[2 * cur + (rev ? 0 : 1)]!;
      const next: number | undefined = at.get(end)!.find((i) => !used.has(i));
      if (next !== undefined) rev = node[2 * next] !== end;
      cur = next;
    }
    cycles.push(parts);
  }
  return { cycles, chains, branched, loosePairs: loose };
}

describe('chainEdges', () => {
  it('finds the cycles (in travel order), chains, branches and loose pairs (whether any) the brute-force rule does', () => {
    // Segments between lattice points, some ends nudged by less or more than the tolerance.
    const seg = fc.record({
      a: fc.integer({ min: 0, max: 8 }),
      b: fc.integer({ min: 0, max: 8 }),
      nudge: fc.constantFrom(0, 0, 0, 0.004, 0.02),
    });
    fc.assert(
      fc.property(fc.array(seg, { minLength: 1, maxLength: 40 }), fc.boolean(), (specs, swap) => {
        const p = (v: number): [number, number] => [v % 3, Math.floor(v / 3)];
        const edges = specs
          .filter(({ a, b }) => a !== b)
          .map(({ a, b, nudge }) => {
            const [x0, y0] = p(swap ? b : a);
            const [x1, y1] = p(swap ? a : b);
            return segment(x0 + nudge, y0, x1, y1 - nudge);
          });
        const open = edges.map((_, i) => i);
        const ctx = new ReadContext(1e9, 1e9, 1e9, null);
        const got = chainEdges(edges, open, 0.01, ctx, true, 0.001);
        const want = reference(edges, open, 0.01);
        // Loose pairs are counted once per place for coincident points: only zero or not must agree.
        expect({ ...got, loosePairs: got.loosePairs > 0 }).toEqual({
          ...want,
          loosePairs: want.loosePairs > 0,
        });
        // Counting only: the same partition, cycles and chains left empty.
        const counted = chainEdges(edges, open, 0.01, ctx, false);
        expect(counted.cycles.length).toBe(want.cycles.length);
        expect(counted.chains.length).toBe(want.chains.length);
        expect(counted.branched).toBe(want.branched);
        for (const list of [...counted.cycles, ...counted.chains]) expect(list).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('chains at other tolerances the same with coincident end points shared from the main chaining', () => {
    const seg = fc.record({
      a: fc.integer({ min: 0, max: 8 }),
      b: fc.integer({ min: 0, max: 8 }),
      nudge: fc.constantFrom(0, 0, 0, 0.0004, 0.004, 0.02, 0.07),
      keep: fc.nat(9),
    });
    fc.assert(
      fc.property(fc.array(seg, { minLength: 1, maxLength: 40 }), (specs) => {
        const p = (v: number): [number, number] => [v % 3, Math.floor(v / 3)];
        const edges = specs
          .filter(({ a, b }) => a !== b)
          .map(({ a, b, nudge }) => {
            const [x0, y0] = p(a);
            const [x1, y1] = p(b);
            return segment(x0 + nudge, y0, x1, y1 - nudge);
          });
        const ctx = new ReadContext(1e9, 1e9, 1e9, null);
        const all = edges.map((_, i) => i);
        const same = new Int32Array(2 * edges.length).fill(-1);
        chainEdges(edges, all, 0.01, ctx, true, 0.001, same, true);
        // Other tolerances see subsets of the edges (in the same order), as closed ones drop out.
        const some = all.filter((i) => (specs[i]?.keep ?? 0) > 1);
        for (const tol of [0.001, 0.1]) {
          for (const open of [all, some]) {
            const plain = chainEdges(edges, open, tol, ctx, true);
            const shared = chainEdges(edges, open, tol, ctx, true, tol, same);
            expect(shared.cycles).toEqual(plain.cycles);
            expect(shared.chains).toEqual(plain.chains);
            expect(shared.branched).toBe(plain.branched);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
