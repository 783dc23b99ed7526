/** Differences between an engine record and an oracle record (DEFINITIONS.md tolerances). */
export function compareRecord(got: Record<string, unknown>, want: Record<string, unknown>): string[] {
  const diffs: string[] = [];
  const tol = want.chain_tol as number;
  const rel = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(b), 1e-9) + 1e-9;
  const exactKeys = [
    'insunits',
    'insunits_name',
    'measurement',
    'dxfversion',
    'acadver_raw',
    'binary',
    'layers_used',
    'entity_counts',
    'exploded_counts',
    'ignored_counts',
    'cut_entity_count',
    'degenerate_edges',
    'tiny_segments',
    'duplicate_edges',
    'closed_loops',
    'open_chains',
    'branched_components',
    'pierces',
    'chain_sensitivity',
    'holes_in_outer',
    'top_level_loops',
    'warnings',
  ];
  for (const k of exactKeys) {
    if (!(k in want)) continue;
    if (JSON.stringify(sortKeys(got[k])) !== JSON.stringify(sortKeys(want[k]))) {
      diffs.push(`${k}: got ${JSON.stringify(got[k])} want ${JSON.stringify(want[k])}`);
    }
  }
  const relKeys = [
    'mm_per_unit',
    'chain_tol',
    'cut_length',
    'cut_length_dedup',
    'open_chain_length',
    'outer_area',
    'outer_length',
    'net_area',
    'total_net_area',
  ];
  for (const k of relKeys) {
    const w = want[k];
    const g = got[k];
    if (w === null || w === undefined) {
      if (g !== w && !(w === undefined)) diffs.push(`${k}: got ${String(g)} want null`);
      continue;
    }
    if (typeof g !== 'number' || !rel(g, w as number)) diffs.push(`${k}: got ${String(g)} want ${String(w)}`);
  }
  for (const k of ['length_by_type', 'length_by_layer']) {
    const w = want[k] as Record<string, number>;
    const g = (got[k] ?? {}) as Record<string, number>;
    const keys = new Set([...Object.keys(w), ...Object.keys(g)]);
    for (const key of keys) {
      if (!(key in g) || !(key in w) || !rel(g[key] as number, w[key] as number)) {
        diffs.push(`${k}.${key}: got ${g[key]} want ${w[key]}`);
      }
    }
  }
  const wl = want.largest_loop_areas as number[];
  const gl = (got.largest_loop_areas ?? []) as number[];
  if (wl.length !== gl.length || wl.some((v, i) => !rel(gl[i] as number, v))) {
    diffs.push(`largest_loop_areas: got ${JSON.stringify(gl)} want ${JSON.stringify(wl)}`);
  }
  const wb = want.bbox as number[] | null;
  const gb = got.bbox as number[] | null;
  if (
    (wb === null) !== (gb === null) ||
    (wb && gb && wb.some((v, i) => Math.abs((gb[i] as number) - v) > tol))
  ) {
    diffs.push(`bbox: got ${JSON.stringify(gb)} want ${JSON.stringify(wb)}`);
  }
  return diffs;
}

function sortKeys(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return v;
}
