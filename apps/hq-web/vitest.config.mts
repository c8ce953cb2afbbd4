import { defineConfig } from 'vitest/config';
import { webTestConfig } from '../../tools/web/vite-config.mts';

export default defineConfig(webTestConfig(import.meta.url));
