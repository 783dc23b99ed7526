import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

/**
 * One Vitest project per environment: Node for servers and state, happy-dom for Vue code, and the
 * services' suites again on a throw-away PostgreSQL server (`postgres`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'services/*/src/**/*.test.ts',
            'services/*/test/**/*.test.ts',
            'bff/src/**/*.test.ts',
            'openapi/**/*.test.ts',
            'scripts/**/*.test.ts',
            'state/src/**/*.test.ts',
          ],
          exclude: [
            'state/src/vue*.test.ts',
            '**/*.pg.test.ts',
            'scripts/cluster.test.ts',
            '**/node_modules/**',
          ],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'postgres',
          environment: 'node',
          // `*.pg.test.ts`: what only PostgreSQL has (replicas sharing one database).
          include: [
            'services/{kit,identity,catalog,parts,quotes}/src/**/*.test.ts',
            // The BFF's own tables (sessions, uploads), shared by its replicas.
            'bff/src/adapters/sql/*.test.ts',
            // What only PostgreSQL has for the BFF: upload locks shared by replicas.
            'bff/src/**/*.pg.test.ts',
          ],
          exclude: ['**/node_modules/**'],
          globalSetup: ['scripts/vitest-postgres-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // PostgreSQL, s3rver and two replicas of every process: a stage of its own in `npm test`.
          name: 'cluster',
          environment: 'node',
          include: ['scripts/cluster.test.ts'],
          testTimeout: 180_000,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['components/src/**/*.test.ts', 'web/src/**/*.test.ts', 'state/src/vue*.test.ts'],
        },
      },
    ],
  },
});
