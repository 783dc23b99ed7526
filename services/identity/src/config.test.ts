import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, readConfig } from './config.ts';

describe('readConfig', () => {
  it('defaults to the repository .data folder, port 8101 and loopback', () => {
    expect(readConfig({})).toEqual({
      dataDir: defaultDataDir,
      database: join(defaultDataDir, 'identity', 'identity.sqlite'),
      port: 8101,
      host: '127.0.0.1',
    });
    expect(defaultDataDir).toMatch(/\.data$/);
  });

  it('reads KERF_DATA_DIR, IDENTITY_PORT and IDENTITY_HOST, and refuses a bad port', () => {
    expect(
      readConfig({ KERF_DATA_DIR: '/tmp/d', IDENTITY_PORT: '9000', IDENTITY_HOST: '10.0.0.5' }),
    ).toMatchObject({
      dataDir: '/tmp/d',
      port: 9000,
      host: '10.0.0.5',
    });
    expect(() => readConfig({ IDENTITY_PORT: 'http' })).toThrow(/IDENTITY_PORT/);
  });

  it('keeps the data in PostgreSQL when IDENTITY_DATABASE_URL or DATABASE_URL is set', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://db/kerf' }).database).toBe(
      'postgres://db/kerf?schema=identity',
    );
    expect(
      readConfig({ DATABASE_URL: 'postgres://db/kerf', IDENTITY_DATABASE_URL: 'postgres://other/id' })
        .database,
    ).toBe('postgres://other/id');
  });
});
