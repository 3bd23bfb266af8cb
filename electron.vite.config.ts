/**
 * Builds the three processes: main (ESM, Node), preload (CommonJS: a sandboxed preload
 * cannot load ES modules) and the renderer (browser, strict CSP, validators precompiled).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cspMeta } from './src/build/cspMeta.ts';
import { precompiledValidators } from './src/build/precompiledValidators.ts';
import { moduleLocalRequire, sourceRelativeUrls } from './src/build/sourceRelativeUrls.ts';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');

export default defineConfig({
  main: {
    plugins: [
      sourceRelativeUrls({ appRoot: root, bundleDir: resolve(root, 'out/main') }),
      moduleLocalRequire({ appRoot: root }),
    ],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          // Exports run in a worker thread so the main process keeps serving the window.
          exportThread: resolve(root, 'src/core/export/worker/thread.ts'),
        },
        // Chunks (the exporters, loaded on first use) beside index.js: core's data is found
        // relative to the bundle folder (sourceRelativeUrls), the same for every chunk.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    base: './',
    plugins: [react(), precompiledValidators(), cspMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  },
});
