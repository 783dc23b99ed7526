/** Disjoint sets over 0..n-1 with path halving and union by size. */
export class UnionFind {
  private parent: Int32Array;
  private size: Int32Array;

  /** Creates n singleton sets. */
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n);
    this.reset(n);
  }

  /** Makes 0..n-1 singleton sets again, reusing the arrays when they are large enough. */
  reset(n: number): this {
    if (this.parent.length < n) {
      this.parent = new Int32Array(n);
      this.size = new Int32Array(n);
    }
    const p = this.parent;
    for (let i = 0; i < n; i++) p[i] = i;
    this.size.fill(1, 0, n);
    return this;
  }

  /** Representative of the set holding x. */
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x] as number] as number;
      x = p[x] as number;
    }
    return x;
  }

  /** Merges the sets of a and b. */
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if ((this.size[ra] as number) < (this.size[rb] as number)) {
      const t = ra;
      ra = rb;
      rb = t;
    }
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
  }
}
