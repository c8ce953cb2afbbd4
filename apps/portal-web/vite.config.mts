import { defineConfig } from 'vite';
import { webAppConfig } from '../../tools/web/vite-config.mts';

// The gateway serves this app under /portal/, beside HQ at the root.
export default defineConfig(webAppConfig(import.meta.url, { base: '/portal/', port: 4300 }));
