import react from '@vitejs/plugin-react';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import type { ViteUserConfig } from 'vitest/config';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

// Vite reads the web libs from source, as tsconfig.base.json's paths do; lint decides which
// project may import which.
const alias = Object.fromEntries(
  ['contracts', 'web-api', 'web-ui'].map((lib) => [`@tailwise/${lib}`, `${workspaceRoot}libs/${lib}/src/index.ts`]),
);

/** The folder of the config file calling, whose name is also the Nx project's name. */
function projectOf(configUrl: string): { root: string; name: string } {
  const root = fileURLToPath(new URL('.', configUrl));
  return { root, name: basename(root) };
}

export interface WebAppOptions {
  /** Where the gateway serves the app in production, e.g. `/portal/`. */
  base: string;
  /** The dev server's port. */
  port: number;
}

/** Build and dev server of a web app; call with the config file's `import.meta.url`. */
export function webAppConfig(configUrl: string, { base, port }: WebAppOptions): UserConfig {
  const { root, name } = projectOf(configUrl);
  // The gateway serves the API and, in production, the app on one origin; in development Vite
  // serves the app and forwards /api to it so the refresh cookie stays same-origin.
  const gateway = process.env['TAILWISE_GATEWAY_URL'] ?? 'http://127.0.0.1:3000';
  return {
    root,
    cacheDir: `${workspaceRoot}node_modules/.vite/${name}`,
    base,
    plugins: [react()],
    resolve: { alias },
    build: {
      outDir: `${workspaceRoot}dist/apps/${name}`,
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
      port,
      proxy: { '/api': { target: gateway } },
    },
    preview: { port },
  };
}

/** Unit tests of a web project: `src/**\/*.spec.ts(x)` in Node, no DOM; call with the config file's `import.meta.url`. */
export function webTestConfig(configUrl: string): ViteUserConfig {
  const { root, name } = projectOf(configUrl);
  return {
    root,
    cacheDir: `${workspaceRoot}node_modules/.vite/${name}`,
    resolve: { alias },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
      env: { TZ: 'UTC' },
    },
  };
}
