// Starts the whole stack for `npm start` (and for the Playwright journeys), or with --cluster the
// replicated one for `npm run start:cluster`; prints where and how to sign in.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoAccounts } from '../services/identity/src/seed/demo-accounts.ts';
import { defaultClusterPorts, startCluster } from './lib/cluster.ts';
import { startStack } from './lib/stack.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8080);
const dataDir = path.resolve(process.env.KERF_DATA_DIR ?? path.join(root, '.data'));
const verbose = process.argv.includes('--verbose');
const stack = await (
  process.argv.includes('--cluster')
    ? startCluster({
        dataDir: path.join(dataDir, 'cluster'),
        ports: defaultClusterPorts(port),
        verbose,
        onStep: (step) => console.log(`kerf ${step}`),
      })
    : startStack({
        port,
        servicePortBase: Number(process.env.KERF_SERVICE_PORT_BASE ?? 8101),
        dataDir,
        verbose,
      })
).catch((error: Error) => {
  console.error(`kerf: could not start: ${error.message}`);
  process.exit(1);
});

const launched = Number(process.env.KERF_LAUNCH_STARTED ?? Date.now());
console.log(
  `\nKerf is running at ${stack.url}  (started in ${((Date.now() - launched) / 1000).toFixed(1)} s)`,
);
console.log('Demo sign-ins (password for all: %s):', demoAccounts[0]?.password ?? '');
for (const account of demoAccounts) console.log(`  ${account.role.padEnd(9)} ${account.email}`);
console.log('Press Ctrl-C to stop.\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stack.stop().then(() => process.exit(0));
  });
}
