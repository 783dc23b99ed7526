import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDxf, toRecord } from '../src/index.ts';
import { compareRecord } from './compare-expected.ts';
import { FIXTURES, haveFixtures } from './fixtures.ts';

const present = haveFixtures();
const expected: Record<string, Record<string, unknown>> = present
  ? JSON.parse(readFileSync(join(FIXTURES, 'expected-dev.json'), 'utf8'))
  : {};

describe.runIf(present)('expected-dev.json (ezdxf oracle)', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`matches ${name}`, () => {
      const got = toRecord(name, analyseDxf(readFileSync(join(FIXTURES, name))));
      if ('error' in want) {
        expect(got.error).toBeDefined();
        return;
      }
      expect(got.error).toBeUndefined();
      expect(compareRecord(got, want)).toEqual([]);
    });
  }
});
