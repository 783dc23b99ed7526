import { expect, it } from 'vitest';
import { openTestParts } from '../../testing/test-parts.ts';
import { describeJobQueue } from '../../testing/job-queue-contract.ts';

describeJobQueue('sqlite job queue', async () => {
  const t = await openTestParts();
  return { jobs: t.store.read.jobs, close: () => t.close() };
});

it('never shortens a lease when renewals commit out of order (they overlap on PostgreSQL)', async () => {
  const t = await openTestParts();
  try {
    const jobs = t.store.read.jobs;
    await jobs.enqueue('p1', 1, 0);
    const lease = (await jobs.claim('a', 10, 1_000))!;
    expect(await jobs.renew(lease, 500, 1_000)).toBe(true);
    // The renewal sent at 100 commits last.
    expect(await jobs.renew(lease, 100, 1_000)).toBe(true);
    expect(await jobs.find('p1')).toMatchObject({ state: 'running', leasedUntil: 1_500 });
    expect(await jobs.claim('b', 1_200, 1_000)).toBeNull();
  } finally {
    await t.close();
  }
});
