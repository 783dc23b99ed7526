import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { authorizationMatrix } from './matrix.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const specs = readdirSync(root).filter((f) => f.endsWith('.yaml') && !f.startsWith('.'));

function operationIds(file: string): string[] {
  const doc = parse(readFileSync(path.join(root, file), 'utf8')) as {
    paths?: Record<string, Record<string, { operationId?: string }>>;
  };
  return Object.values(doc.paths ?? {}).flatMap((item) =>
    Object.values(item)
      .map((op) => op?.operationId)
      .filter((id): id is string => typeof id === 'string'),
  );
}

describe('authorization matrix', () => {
  it.each(specs)('lists every operation of %s, and nothing else', (file) => {
    const name = file.replace(/\.yaml$/, '');
    const ids = operationIds(file).sort();
    expect(Object.keys(authorizationMatrix[name] ?? {}).sort(), `authorization matrix for ${file}`).toEqual(
      ids,
    );
  });
});
