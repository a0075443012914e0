// @ts-check
/**
 * The layers of CoP Studio, enforced (docs/architecture.md, "Layers"):
 *
 *   shared/  ←  renderer core (common, store, api, actions' core)  ←  features  ←  renderer/app
 *   electron/ and hosts/ beside the renderer: they import shared/ (hosts/ also reuses electron/services), never the renderer.
 *
 * - shared/ imports nothing of renderer/, electron/, hosts/, tests/; no Node module, no DOM global.
 * - the renderer core (renderer/common, renderer/store, renderer/api) imports only shared/ and the core.
 * - a feature (renderer/<feature>) imports shared/, the core, and of another feature only its `public.ts`
 *   (the few things that feature offers others: a store, a label list, a component); never renderer/app.
 * - renderer/actions is the registry features declare their actions to: it imports no feature.
 * - no import cycles anywhere.
 * Only the layers are checked here (no style rules): Prettier formats (`npm run format`).
 */
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const FEATURES = ['agenda', 'backlog', 'canvas', 'export', 'files', 'goals', 'help', 'impact', 'people', 'phone', 'projector', 'room', 'sponsors', 'welcome'];
const CORE = ['common', 'store', 'api'];
const NOT_IN_SHARED = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'Element', 'requestAnimationFrame', 'process', 'Buffer', '__dirname', 'require'];

/** @typedef {{ target: string; from: string | string[]; except?: string[]; message: string }} Zone */

/** The hosts and shared/, and features beside each other. @type {Zone[]} */
const layerZones = [
  { target: './shared', from: ['./renderer', './electron', './hosts', './tests', './scripts'], message: 'shared/ is the bottom layer: it imports nothing of the renderer, the hosts or the tests.' },
  { target: './electron', from: ['./renderer', './hosts'], message: 'The Electron host never imports the renderer (or the browser host): share through shared/.' },
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

/** The renderer core below the features, the action registry below the features, the app on top. @type {Zone[]} */
const appZones = [
  ...CORE.map((core) => ({
    target: `./renderer/${core}`,
    from: ['./renderer/app', './renderer/actions', ...FEATURES.map((f) => `./renderer/${f}`)],
    message: 'The renderer core (common, store, api) imports only shared/ and the core.',
  })),
  {
    target: './renderer/actions',
    from: ['./renderer/app', ...FEATURES.map((f) => `./renderer/${f}`)],
    message: 'Features declare their actions to the registry; the registry imports no feature (the app composes them).',
  },
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
      'no-restricted-globals': ['error', ...NOT_IN_SHARED.map((name) => ({ name, message: 'shared/ runs everywhere: no DOM and no Node here.' }))],
    },
  },

  // ————————————————————————————————————————————————————————————————————————————————————————————————
  // TEMPORARY (issue 14): the files below still import renderer/app or, for renderer/actions, features: engineers
  // 14b (renderer/app ↔ features: Modal, view-list) and 14a (renderer/actions ↔ features) are removing these on
  // their branches right now. The coordinator deletes this block after merging them; nothing may be added to it.
  // Every other rule (features beside each other, shared/, the hosts, no cycles) still applies to these files.
  {
    files: [
      // 14a — renderer/actions imports features; renderer/common imports the action type
      'renderer/actions/app-actions.ts',
      'renderer/actions/file-actions.ts',
      'renderer/actions/use-app-shortcuts.ts',
      'renderer/actions/widget-shortcuts.ts',
      'renderer/common/ActionMenuButton.tsx',
      // 14b — renderer/app/Modal and renderer/app/view-list imported below the app
      'renderer/common/ConfirmDialog.tsx',
      'renderer/agenda/StepEditor.tsx',
      'renderer/agenda/view-labels.ts',
      'renderer/backlog/ActivityDialog.tsx',
      'renderer/backlog/ColumnSettingsDialog.tsx',
      'renderer/backlog/FromCanvasDialog.tsx',
      'renderer/canvas/TemplateChooser.tsx',
      'renderer/files/BackupsDialog.tsx',
      'renderer/files/ConflictDialog.tsx',
      'renderer/files/FileChooserDialog.tsx',
      'renderer/files/RecentFilesDialog.tsx',
      'renderer/files/RecoveryDialog.tsx',
      'renderer/goals/FromCanvasDialog.tsx',
      'renderer/goals/GoalDialog.tsx',
      'renderer/goals/ObjectiveDialog.tsx',
      'renderer/help/HelpDialog.tsx',
      'renderer/impact/OutcomeDialog.tsx',
      'renderer/people/MemberDialog.tsx',
      'renderer/room/RoomDialogs.tsx',
      'renderer/sponsors/AskDialog.tsx',
    ],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  // ————————————————————————————————————————————————————————————————————————————————————————————————
);
