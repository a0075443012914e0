import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { IPC_METHOD_NAMES } from './shared/ipc/contract';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main.ts') } },
    },
  },
  preload: {
    // The method list of the one IPC contract, as data: the preload bundle needs the names, not zod or the schemas.
    define: { __IPC_METHOD_NAMES__: JSON.stringify(IPC_METHOD_NAMES) },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        // A sandboxed preload cannot be an ES module: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Room mode (issue 17): the phone page is the build's second entry; the room server serves it alone.
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html'), phone: resolve(root, 'renderer/phone.html') } },
    },
  },
});
