import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: `${workspaceRoot}node_modules/.vite/portal-web`,
  resolve: {
    alias: {
      '@tailwise/contracts': `${workspaceRoot}libs/contracts/src/index.ts`,
      '@tailwise/web-api': `${workspaceRoot}libs/web-api/src/index.ts`,
      '@tailwise/web-ui': `${workspaceRoot}libs/web-ui/src/index.ts`,
    },
  },
  test: {
    name: 'portal-web',
    environment: 'node',
    include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
    env: { TZ: 'UTC' },
  },
});
