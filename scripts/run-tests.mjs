#!/usr/bin/env node
/**
 * `npm test`: type-check, lint (the layers: eslint.config.js), format check (Prettier), build, then every vitest project (unit, main, e2e, electron). Ends with one plain line
 * "N passed, N failed, N skipped" totalling all of it, and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
let skipped = 0;

/** Runs a command that counts as one check (type-check, build). */
function check(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) {
    passed += 1;
    console.log(`✓ ${label}`);
    return true;
  }
  failed += 1;
  console.log(`✗ ${label} (exit ${result.status ?? result.signal})`);
  return false;
}

check('type-check: electron/, shared/, tests/ (against the electron package types)', bin('tsc'), ['-p', 'tsconfig.json']);
check('type-check: renderer/ (no Node types)', bin('tsc'), ['-p', 'tsconfig.renderer.json']);
check('lint: layers and import cycles (eslint.config.js)', bin('eslint'), ['.']);
check('format: every file as Prettier writes it (npm run format)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
const built = check('build: main, preload and renderer bundles', bin('electron-vite'), ['build']);

const report = path.join(results, 'vitest.json');
rmSync(report, { force: true });
const projects = built ? ['unit', 'main', 'e2e', 'electron'] : ['unit'];
if (!built) console.log('\nThe build failed, so the main-process, E2E and Electron suites cannot run; they count as failed.');
console.log(`\n▶ vitest: ${projects.join(', ')}`);
const vitest = spawnSync(
  bin('vitest'),
  ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { cwd: root, stdio: 'inherit' },
);

if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  skipped += summary.numPendingTests + summary.numTodoTests;
  // A file that failed to load has no tests counted: count it as one failure.
  failed += summary.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  for (const file of summary.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'skipped' || test.status === 'pending') console.log(`skipped: ${test.fullName}`);
    }
  }
} else {
  failed += 1;
  console.log(`vitest wrote no report (exit ${vitest.status ?? vitest.signal}).`);
}
if (!built) failed += 1;
if (vitest.status !== 0 && failed === 0) failed += 1;

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
