import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('defaults to one-machine settings', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 8104,
      host: '127.0.0.1',
      identityUrl: 'http://127.0.0.1:8101',
      jwksUrl: 'http://127.0.0.1:8101/.well-known/jwks.json',
      issuer: 'kerf-identity',
      catalogUrl: 'http://127.0.0.1:8102',
      partsUrl: 'http://127.0.0.1:8103',
      maxQuantity: 100_000,
      validityDays: 30,
      feedPollMs: 1000,
    });
    expect(config.dataDir.endsWith(`${path.sep}.data`)).toBe(true);
  });

  it('reads ports, folders, service URLs and limits from the environment', () => {
    const config = readConfig({
      QUOTES_PORT: '9104',
      KERF_DATA_DIR: '/tmp/k',
      IDENTITY_URL: 'http://id:1/',
      CATALOG_URL: 'http://cat:2/',
      PARTS_URL: 'http://parts:3',
      QUOTES_MAX_QUANTITY: '500',
    });
    expect(config).toMatchObject({
      port: 9104,
      dataDir: '/tmp/k',
      jwksUrl: 'http://id:1/.well-known/jwks.json',
      catalogUrl: 'http://cat:2',
      partsUrl: 'http://parts:3',
      maxQuantity: 500,
    });
  });

  it('refuses a maximum quantity above the contract or a port that is not a number', () => {
    expect(() => readConfig({ QUOTES_MAX_QUANTITY: '100001' })).toThrow(/QUOTES_MAX_QUANTITY/);
    expect(() => readConfig({ QUOTES_MAX_QUANTITY: '2.5' })).toThrow(/QUOTES_MAX_QUANTITY/);
    expect(() => readConfig({ QUOTES_PORT: 'http' })).toThrow(/QUOTES_PORT/);
  });
});
