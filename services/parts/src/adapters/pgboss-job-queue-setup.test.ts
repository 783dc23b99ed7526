import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { chooseJobQueue } from './pgboss-job-queue-setup.ts';

describe('chooseJobQueue', () => {
  it('takes pg-boss on PostgreSQL and the jobs table on SQLite unless PARTS_JOB_QUEUE says otherwise', () => {
    expect(chooseJobQueue(null, 'postgres')).toBe('pg-boss');
    expect(chooseJobQueue(null, 'sqlite')).toBe('table');
    expect(chooseJobQueue('table', 'postgres')).toBe('table');
    expect(chooseJobQueue('pg-boss', 'postgres')).toBe('pg-boss');
    expect(() => chooseJobQueue('pg-boss', 'sqlite')).toThrow(/PostgreSQL/);
  });

  it('reads PARTS_JOB_QUEUE, the database location and S3 from the environment', () => {
    expect(readConfig({}).jobQueue).toBeNull();
    expect(readConfig({ PARTS_JOB_QUEUE: 'pg-boss' }).jobQueue).toBe('pg-boss');
    expect(() => readConfig({ PARTS_JOB_QUEUE: 'redis' })).toThrow(/PARTS_JOB_QUEUE/);
    expect(readConfig({ DATABASE_URL: 'postgres://h/kerf' }).database).toBe('postgres://h/kerf?schema=parts');
    expect(readConfig({ KERF_DATA_DIR: '/tmp/k' }).database).toBe('/tmp/k/parts/parts.sqlite');
    expect(readConfig({}).s3).toBeNull();
    expect(readConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'kerf' }).s3).toMatchObject({
      bucket: 'kerf',
      region: 'us-east-1',
    });
  });
});
