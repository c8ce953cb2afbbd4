import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
// The gateway serves the API and, in production, this app under /portal/ on one origin; in
// development Vite serves the app and forwards /api to it so the refresh cookie stays same-origin.
const gateway = process.env['TAILWISE_GATEWAY_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: `${workspaceRoot}node_modules/.vite/portal-web`,
  base: '/portal/',
  plugins: [react()],
  resolve: {
    alias: {
      '@tailwise/contracts': `${workspaceRoot}libs/contracts/src/index.ts`,
      '@tailwise/web-api': `${workspaceRoot}libs/web-api/src/index.ts`,
      '@tailwise/web-ui': `${workspaceRoot}libs/web-ui/src/index.ts`,
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/portal-web`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll[^\\/]*|react-transition-group|react-style-singleton|use-callback-ref|use-sidecar|tabbable)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 4300,
    proxy: { '/api': { target: gateway } },
  },
  preview: { port: 4300 },
});
