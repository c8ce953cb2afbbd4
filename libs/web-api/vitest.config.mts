import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: `${workspaceRoot}node_modules/.vite/web-api`,
  resolve: {
    alias: {
      '@tailwise/contracts': `${workspaceRoot}libs/contracts/src/index.ts`,
    },
  },
  test: {
    name: 'web-api',
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    env: { TZ: 'UTC' },
  },
});
