import { openTestParts } from '../../testing/test-parts.ts';
import { describeJobQueue } from '../../testing/job-queue-contract.ts';

describeJobQueue('sqlite job queue', async () => {
  const t = await openTestParts();
  return { jobs: t.store.read.jobs, close: () => t.close() };
});
