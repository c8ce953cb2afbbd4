import { defineConfig } from 'vite';
import { webAppConfig } from '../../tools/web/vite-config.mts';

export default defineConfig(webAppConfig(import.meta.url, { base: '/', port: 4200 }));
