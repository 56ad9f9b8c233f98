import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Worker-thread entries sit beside index.js, where services/workers.ts looks for them.
      rollupOptions: { input: { index: resolve('src-main/shell/main.ts'), 'integrity-worker': resolve('src-main/backup/integrity-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve('src-main/shell/preload.ts') } },
    },
  },
  renderer: {
    root: 'src-renderer',
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
    plugins: [react()],
  },
});
