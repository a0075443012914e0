import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { IPC_METHOD_NAMES } from './shared/ipc/contract';
import { notePaletteCss } from './shared/theme/note-palette';

const root = import.meta.dirname;

/** `virtual:note-palette.css`: the note palette's CSS variables, generated from the one palette in shared/theme. */
function notePalette(): Plugin {
  const id = 'virtual:note-palette.css';
  // The resolved id keeps the .css ending, so Vite's CSS pipeline bundles it like any stylesheet.
  const resolved = '\0note-palette.css';
  return {
    name: 'cop-studio-note-palette',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) => (loaded === resolved ? notePaletteCss() : undefined),
  };
}

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
    plugins: [react(), notePalette()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Room mode (issue 17): the phone page is the build's second entry; the room server serves it alone.
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html'), phone: resolve(root, 'renderer/phone.html') } },
    },
  },
});
