import { describe, expect, it } from 'vitest';
import { analyseDxf, type GeometryResult } from '../src/index.ts';
import { bytes, circle, insert, line, lwpolyline, makeDxf } from './make-dxf.ts';

const code = (r: GeometryResult): string | null => ('error' in r ? r.error.code : null);

/** No NaN or Infinity anywhere: JSON would turn them into null, so compare against a replacer. */
function assertFinite(r: GeometryResult): void {
  JSON.stringify(r, (_k, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`non-finite number in output: ${v}`);
    if (typeof v === 'string' && /NaN|Infinity/.test(v) && _k === 'd')
      throw new Error('non-finite in preview');
    return v;
  });
}

describe('not a DXF (RELIABILITY 11)', () => {
  const cases: [string, Uint8Array][] = [
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])],
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\n1 0 obj\n')],
    ['DWG', bytes('AC1032\0\0\0\0\0\0\x01\x02')],
    ['empty', new Uint8Array(0)],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x30, 0, 0x0a, 0, 0x53, 0, 0x45, 0, 0x43, 0])],
    ['UTF-16 without BOM', new Uint8Array([0x30, 0, 0x0a, 0, 0x53, 0, 0x45, 0, 0x43, 0, 0x54, 0])],
    ['plain text', bytes('hello world\nthis is not a drawing\n')],
  ];
  for (const [name, data] of cases) {
    it(`rejects ${name} as not-a-dxf`, () => expect(code(analyseDxf(data))).toBe('not-a-dxf'));
  }
});

describe('truncated and garbage (RELIABILITY 12)', () => {
  const good = makeDxf([line(0, 0, 10, 0), circle(5, 5, 2)]);
  it('reports a file cut inside a section as unreadable', () => {
    expect(code(analyseDxf(bytes(good.slice(0, good.indexOf('CIRCLE') + 6))))).toBe('unreadable');
  });
  it('reports an odd line count and a non-numeric group code as unreadable', () => {
    expect(code(analyseDxf(bytes(good.replace(/\n {2}0\nEOF\n$/, '\n  0\n'))))).toBe('unreadable');
    expect(code(analyseDxf(bytes(good.replace(' 10\n0', 'xx\n0'))))).toBe('unreadable');
  });
  it('survives random garbage after a valid start', () => {
    for (let seed = 1; seed < 40; seed++) {
      const junk = Array.from({ length: 2000 }, (_, i) =>
        String.fromCharCode(((i * 7919 * seed) % 94) + 32),
      ).join('');
      const r = analyseDxf(bytes(`  0\nSECTION\n  2\nENTITIES\n${junk}`));
      expect(['unreadable', 'not-a-dxf', null]).toContain(code(r));
      assertFinite(r);
    }
  });
  it('accepts CRLF line endings', () => {
    const r = analyseDxf(bytes(makeDxf([line(0, 0, 10, 0)], { crlf: true })));
    expect(code(r)).toBeNull();
  });
});

describe('size bombs (RELIABILITY 13)', () => {
  it('reads 10^6 entities within the limits or refuses them with too-complex', () => {
    const body = '  0\nLINE\n  8\n0\n 10\n0\n 20\n0\n 11\n1\n 21\n1\n'.repeat(1_000_000);
    const dxf = `  0\nSECTION\n  2\nENTITIES\n${body}  0\nENDSEC\n  0\nEOF\n`;
    const t = Date.now();
    const r = analyseDxf(bytes(dxf));
    expect(Date.now() - t).toBeLessThan(25_000);
    if ('error' in r) expect(r.error.code).toBe('too-complex');
    else expect(r.facts.duplicate_edges).toBe(999_999);
    expect(code(analyseDxf(bytes(dxf), { maxEntities: 1000 }))).toBe('too-complex');
  });
  it('refuses a MINSERT of 10^4 x 10^4 quickly', () => {
    const dxf = makeDxf([insert('B', 0, 0, { cols: 10_000, rows: 10_000, dx: 1, dy: 1 })], {
      blocks: [{ name: 'B', entities: [circle(0, 0, 0.25)] }],
    });
    const t = Date.now();
    expect(code(analyseDxf(bytes(dxf)))).toBe('too-complex');
    expect(Date.now() - t).toBeLessThan(2000);
  });
  it('cuts 1,000-deep nesting at the depth limit with a warning', () => {
    const blocks = Array.from({ length: 1000 }, (_, i) => ({
      name: `B${i}`,
      entities: i === 999 ? [circle(0, 0, 1)] : [insert(`B${i + 1}`, 1, 0)],
    }));
    const r = analyseDxf(bytes(makeDxf([insert('B0', 0, 0)], { blocks })));
    if ('error' in r) throw new Error(r.error.message);
    expect(r.facts.warnings.insert_nesting_too_deep).toBe(1);
    expect(r.facts.cut_entity_count).toBe(0);
  });
  it('stops a block inserting itself, a cycle of blocks and doubling nesting', () => {
    const self = analyseDxf(
      bytes(
        makeDxf([insert('A', 0, 0)], {
          blocks: [{ name: 'A', entities: [line(0, 0, 1, 0), insert('A', 1, 0)] }],
        }),
      ),
    );
    if ('error' in self) throw new Error(self.error.message);
    expect(self.facts.warnings.block_inserts_itself).toBe(1);
    expect(self.facts.cut_entity_count).toBe(1);
    const cycle = analyseDxf(
      bytes(
        makeDxf([insert('A', 0, 0)], {
          blocks: [
            { name: 'A', entities: [insert('B', 0, 0)] },
            { name: 'B', entities: [insert('A', 0, 0)] },
          ],
        }),
      ),
    );
    expect(code(cycle)).toBeNull();
    const doubling = Array.from({ length: 40 }, (_, i) => ({
      name: `D${i}`,
      entities: i === 39 ? [line(0, 0, 1, 0)] : [insert(`D${i + 1}`, 0, 0), insert(`D${i + 1}`, 0, 1)],
    }));
    const t = Date.now();
    expect(code(analyseDxf(bytes(makeDxf([insert('D0', 0, 0)], { blocks: doubling }))))).toBe('too-complex');
    expect(Date.now() - t).toBeLessThan(10_000);
  });
  it('warns about an undefined block', () => {
    const r = analyseDxf(bytes(makeDxf([insert('NOPE', 0, 0), line(0, 0, 1, 0)])));
    if ('error' in r) throw new Error(r.error.message);
    expect(r.facts.warnings.missing_block).toBe(1);
    expect(r.problems.map((p) => p.code)).toContain('geometry-skipped');
  });
  it('stops at the time budget', () => {
    const body = '  0\nLINE\n  8\n0\n 10\n0\n 20\n0\n 11\n1\n 21\n1\n'.repeat(200_000);
    const r = analyseDxf(bytes(`  0\nSECTION\n  2\nENTITIES\n${body}  0\nENDSEC\n  0\nEOF\n`), {
      timeBudgetMs: 1,
    });
    expect(code(r)).toBe('time-limit');
  });
});

describe('numbers and text (RELIABILITY 14-15)', () => {
  it('skips NaN, Infinity and 1e309 coordinates and takes a nan bulge as 0', () => {
    const dxf = makeDxf([
      line(0, 0, 10, 0),
      circle(0, 0, 5),
      lwpolyline(
        [
          [0, 0],
          [10, 0, 0],
          [10, 10],
          [0, 10],
        ],
        true,
      ),
    ])
      .replace(' 11\n10\n', ' 11\nNaN\n')
      .replace(' 40\n5\n', ' 40\n1e309\n')
      .replace(' 10\n10\n 20\n10\n', ' 10\n10\n 20\n10\n 42\nnan\n')
      .replace(' 10\n0\n 20\n10\n', ' 10\n0\n 20\n10\n 42\ninf\n');
    const r = analyseDxf(bytes(dxf));
    if ('error' in r) throw new Error(r.error.message);
    assertFinite(r);
    expect(r.facts.warnings['non_finite_geometry_skipped:LINE']).toBe(1);
    expect(r.facts.warnings['non_finite_geometry_skipped:CIRCLE']).toBe(1);
    expect(r.facts.warnings.non_finite_bulge_taken_as_0).toBe(2);
    expect(r.facts.outer_area).toBeCloseTo(100, 9);
    expect(r.problems.map((p) => p.code)).toContain('non-finite-skipped');
  });
  it('keeps hostile layer names as data: JSON escapes them, nothing is interpreted', () => {
    const evil = `<script>alert("x")</script> ]]> & 'q' ${'L'.repeat(5000)}`;
    const r = analyseDxf(bytes(makeDxf([line(0, 0, 1, 0, evil)])));
    if ('error' in r) throw new Error(r.error.message);
    expect(Object.keys(r.facts.length_by_layer)).toEqual([evil]);
    const json = JSON.stringify(r);
    expect(JSON.parse(json).facts.length_by_layer[evil]).toBe(1);
    expect(r.preview.paths.every((p) => /^[MLZ0-9 .-]*$/.test(p.d))).toBe(true);
  });
  it('never lets a failing progress hook break the analysis, and reports progress up to 1', () => {
    const seen: number[] = [];
    const r = analyseDxf(bytes(makeDxf([line(0, 0, 1, 0)])), {
      onProgress: (f) => {
        seen.push(f);
        throw new Error('hook failed');
      },
    });
    expect(code(r)).toBeNull();
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] as number))).toBe(true);
  });
});
