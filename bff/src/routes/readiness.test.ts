import { specPath } from '@kerf/openapi';
import { createContractChecker } from '@kerf/service-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { bffWithIdentity } from '../testing/bff-with-identity.ts';

const contract = createContractChecker(specPath('bff'));
let close: () => Promise<unknown> = async () => {};
afterEach(() => close());

describe('GET /api/health/ready', () => {
  it('answers 200 without a session while the database answers, never cached', async () => {
    const bff = await bffWithIdentity();
    close = bff.close;
    const res = await bff.app.request('/api/health/ready');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await contract.assertResponse('getReadiness', res)).toEqual({
      status: 'ready',
      checks: { database: 'ok' },
    });
  });

  it('answers 503 (shutting down) once the process drains, in the contract', async () => {
    const draining = new AbortController();
    const bff = await bffWithIdentity({ draining: draining.signal });
    close = bff.close;
    expect((await bff.app.request('/api/health/ready')).status).toBe(200);
    draining.abort();
    const res = await bff.app.request('/api/health/ready');
    expect(res.status).toBe(503);
    expect(await contract.assertResponse('getReadiness', res)).toMatchObject({
      code: 'not-ready',
      detail: 'Not ready: shutting down.',
    });
  });

  it('answers 503 naming the database once it is closed', async () => {
    const bff = await bffWithIdentity();
    close = bff.close;
    await bff.close();
    const res = await bff.app.request('/api/health/ready');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await contract.assertResponse('getReadiness', res)).toMatchObject({
      code: 'not-ready',
      checks: { database: 'failed' },
    });
  });

  it('answers 503 naming storage when uploads go to an S3 endpoint that does not answer', async () => {
    const bff = await bffWithIdentity({
      s3: {
        endpoint: 'http://127.0.0.1:9',
        bucket: 'kerf',
        region: 'us-east-1',
        credentials: { accessKeyId: 'test-key-id', secretAccessKey: 'test-secret-key' },
      },
    });
    close = bff.close;
    const res = await bff.app.request('/api/health/ready');
    expect(res.status).toBe(503);
    const body = await contract.assertResponse('getReadiness', res);
    expect(body).toMatchObject({ code: 'not-ready', checks: { database: 'ok', storage: 'failed' } });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|test-secret-key/);
  });
});
