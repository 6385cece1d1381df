import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The workbench (issue 16): built into dist/web, served by the service at `/` (src/web).
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // .vite/manifest.json: which chunks a page loads (scripts/web-size.cjs measures them).
    manifest: true,
    // The first page's JavaScript is measured against 600 KB gzipped (scripts/web-size.cjs).
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // antd marks its modules "use client" (React Server Components); nothing here uses them.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` next to `npm start` on :3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
