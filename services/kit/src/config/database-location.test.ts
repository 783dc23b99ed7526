import { describe, expect, it } from 'vitest';
import { databaseLocation } from './database-location.ts';

describe('databaseLocation', () => {
  it('is the SQLite file when no database URL is set', () => {
    expect(databaseLocation({}, 'parts', '/data/parts/parts.sqlite')).toBe('/data/parts/parts.sqlite');
  });

  it('puts each service in its own schema of the shared DATABASE_URL', () => {
    const env = { DATABASE_URL: 'postgres://kerf@127.0.0.1:5432/kerf' };
    expect(databaseLocation(env, 'catalog', 'x')).toBe('postgres://kerf@127.0.0.1:5432/kerf?schema=catalog');
    expect(databaseLocation(env, 'quotes', 'x')).toBe('postgres://kerf@127.0.0.1:5432/kerf?schema=quotes');
  });

  it("prefers the service's own variable, as given", () => {
    const env = { DATABASE_URL: 'postgres://a/kerf', PARTS_DATABASE_URL: 'postgres://b/parts' };
    expect(databaseLocation(env, 'parts', 'x')).toBe('postgres://b/parts');
  });
});
