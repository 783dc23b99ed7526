// A CPU profile of the page, summarised for the batch bench: where its longest busy stretches went.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** Prints the five longest stretches of consecutive busy samples, with their heaviest frames. */
export function summariseProfile(profile: {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  };
  const runs: { from: number; to: number; ids: number[] }[] = [];
  let run: (typeof runs)[number] | null = null;
  let t = 0;
  (profile.samples ?? []).forEach((id, i) => {
    t += (profile.timeDeltas?.[i] ?? 0) / 1000;
    if (name(id).startsWith('(idle)')) run = null;
    else if (run) {
      run.to = t;
      run.ids.push(id);
    } else runs.push((run = { from: t, to: t, ids: [id] }));
  });
  for (const r of runs.sort((a, b) => b.to - b.from - (a.to - a.from)).slice(0, 6)) {
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (const id of r.ids) {
      self.set(name(id), (self.get(name(id)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) seen.add(name(cur));
      for (const f of seen) incl.set(f, (incl.get(f) ?? 0) + 1);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${v}`)
        .join(' | ');
    console.log(`busy ${Math.round(r.from)}-${Math.round(r.to)} ms (${r.ids.length} samples)`);
    console.log(`  self: ${top(self, 10)}`);
    console.log(`  incl: ${top(incl, 16)}`);
  }
}
