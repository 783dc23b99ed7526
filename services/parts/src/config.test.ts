import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('defaults to one machine: port 8103, one worker per core, identity on 8101', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 8103,
      host: '127.0.0.1',
      jwksUrl: 'http://127.0.0.1:8101/.well-known/jwks.json',
      issuer: 'kerf-identity',
      workers: availableParallelism(),
      leaseMs: 30_000,
      maxAttempts: 5,
    });
    expect(path.basename(config.dataDir)).toBe('.data');
  });

  it('reads the environment', () => {
    const config = readConfig({
      PARTS_PORT: '9000',
      KERF_DATA_DIR: '/tmp/kerf-x',
      IDENTITY_URL: 'http://id.local:1/',
      PARTS_WORKERS: '3',
      PARTS_TIME_LIMIT_MS: '5000',
      PARTS_MEMORY_MB: '256',
    });
    expect(config).toMatchObject({
      port: 9000,
      dataDir: '/tmp/kerf-x',
      jwksUrl: 'http://id.local:1/.well-known/jwks.json',
      workers: 3,
      timeLimitMs: 5000,
      memoryMb: 256,
    });
  });

  it('refuses values that are not positive integers in range', () => {
    expect(() => readConfig({ PARTS_WORKERS: '0' })).toThrow(/PARTS_WORKERS/);
    expect(() => readConfig({ PARTS_PORT: 'http' })).toThrow(/PARTS_PORT/);
    expect(() => readConfig({ PARTS_LEASE_MS: '1.5' })).toThrow(/PARTS_LEASE_MS/);
  });
});
