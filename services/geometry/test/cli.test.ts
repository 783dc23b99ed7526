import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { circle, lwpolyline, makeDxf } from './make-dxf.ts';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('command line', () => {
  it('prints one JSON line per file in order, resolving paths against INIT_CWD', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kerf-geometry-'));
    writeFileSync(
      join(dir, 'plate.dxf'),
      makeDxf([
        lwpolyline(
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
          ],
          true,
        ),
        circle(5, 5, 1),
      ]),
    );
    writeFileSync(join(dir, 'photo.dxf'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'plate.dxf', 'photo.dxf', 'missing.dxf'],
      {
        cwd: pkg,
        env: { ...process.env, INIT_CWD: dir },
        encoding: 'utf8',
      },
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(['plate.dxf', 'photo.dxf', 'missing.dxf']);
    expect(lines[0]).toMatchObject({ insunits: 4, pierces: 2, holes_in_outer: 1, outer_area: 100 });
    expect(lines[1]).toMatchObject({ error: { code: 'not-a-dxf' } });
    expect(lines[2]).toMatchObject({ error: { code: 'unreadable' } });
  });
});
