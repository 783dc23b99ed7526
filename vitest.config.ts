import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

/** One Vitest project per environment: Node for servers and state, happy-dom for Vue code. */
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
          exclude: ['state/src/vue*.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
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
