// @ts-check
/**
 * The layers of CoP Studio, enforced (docs/architecture.md, "Layers"):
 *
 *   shared/  ←  renderer core (common, store, api; the action registry lives in common)  ←  features  ←  renderer/app
 *   electron/ and hosts/ beside the renderer: they import shared/ (hosts/ also reuses electron/services), never the renderer.
 *
 * - shared/ imports nothing of renderer/, electron/, hosts/, tests/; no Node module, no DOM global.
 * - the renderer core (renderer/common, renderer/store, renderer/api) imports only shared/ and the core.
 * - a feature (renderer/<feature>) imports shared/, the core, and of another feature only its `public.ts`
 *   (the few things that feature offers others: a store, a label list, a component); never renderer/app.
 * - no import cycles anywhere.
 * Only the layers are checked here (no style rules): Prettier formats (`npm run format`).
 */
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const CORE = ['common', 'store', 'api'];
/** Every other folder of renderer/ is a feature (the app on top; styles and public hold no code). */
const FEATURES = readdirSync(new URL('./renderer', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && ![...CORE, 'app', 'styles', 'public'].includes(entry.name))
  .map((entry) => entry.name);
const NOT_IN_SHARED = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'Element',
  'requestAnimationFrame',
  'process',
  'Buffer',
  '__dirname',
  'require',
];

/** @typedef {{ target: string; from: string | string[]; except?: string[]; message: string }} Zone */

/** The hosts and shared/, and features beside each other. @type {Zone[]} */
const layerZones = [
  {
    target: './shared',
    from: ['./renderer', './electron', './hosts', './tests', './scripts'],
    message: 'shared/ is the bottom layer: it imports nothing of the renderer, the hosts or the tests.',
  },
  {
    target: './electron',
    from: ['./renderer', './hosts'],
    message: 'The Electron host never imports the renderer (or the browser host): share through shared/.',
  },
  { target: './hosts', from: ['./renderer'], message: 'A host never imports the renderer: share through shared/.' },
  ...FEATURES.flatMap((feature) =>
    FEATURES.filter((other) => other !== feature).map((other) => ({
      target: `./renderer/${feature}`,
      from: `./renderer/${other}`,
      except: ['./public.ts'],
      message: `A feature imports another feature only through its public.ts (renderer/${other}/public.ts).`,
    })),
  ),
];

/** The renderer core (with the action registry) below the features, the app on top. @type {Zone[]} */
const appZones = [
  ...CORE.map((core) => ({
    target: `./renderer/${core}`,
    from: ['./renderer/app', ...FEATURES.map((f) => `./renderer/${f}`)],
    message: 'The renderer core (common, store, api) imports only shared/ and the core.',
  })),
  ...FEATURES.map((feature) => ({
    target: `./renderer/${feature}`,
    from: './renderer/app',
    message: 'A feature never imports renderer/app: move what it needs down to renderer/common or into the feature.',
  })),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'resources/**', 'bench/**', 'tests/**', '**/*.d.ts'] },
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...appZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-globals': [
        'error',
        ...NOT_IN_SHARED.map((name) => ({ name, message: 'shared/ runs everywhere: no DOM and no Node here.' })),
      ],
    },
  },
);
