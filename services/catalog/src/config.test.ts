import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('defaults to one-machine settings', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 8102,
      host: '127.0.0.1',
      jwksUrl: 'http://127.0.0.1:8101/.well-known/jwks.json',
      issuer: 'kerf-identity',
      audience: 'catalog',
    });
    expect(config.dataDir.endsWith(`${path.sep}.data`)).toBe(true);
  });

  it('reads the port, data folder and identity URL from the environment', () => {
    const config = readConfig({
      CATALOG_PORT: '9000',
      KERF_DATA_DIR: '/tmp/k',
      IDENTITY_URL: 'http://id:1/',
    });
    expect(config).toMatchObject({
      port: 9000,
      dataDir: '/tmp/k',
      jwksUrl: 'http://id:1/.well-known/jwks.json',
    });
  });
});
