import { describe, expect, it } from 'vitest';
import { kerfProcess } from './stack.ts';

describe('kerfProcess', () => {
  it('waits on the readiness endpoint of a service and of the BFF', () => {
    expect(kerfProcess('parts', 8131, {}, 'parts-1').ready).toBe('http://127.0.0.1:8131/health/ready');
    expect(kerfProcess('bff', 8181, {}).ready).toBe('http://127.0.0.1:8181/api/health/ready');
  });
});
