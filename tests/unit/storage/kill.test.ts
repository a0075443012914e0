import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';
import { serializeWorkshop, writeWorkshopFile } from '../../../electron/services/workshop-files';
import { bigWorkshop } from '../../fixtures/big-workshop';

/**
 * A child process saves a ~2 MB workshop in a loop and is killed with SIGKILL at random moments. After every
 * kill the file must parse, validate, and be exactly one of the versions that were written.
 */
const TRIALS = 200;
let dir: string;
let childScript: string;
let base: Workshop;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-kill-'));
  // Bundled once: spawning tsx for each of 200 children would be slow.
  childScript = path.join(dir, 'kill-child.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures/kill-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'silent',
  });
  base = bigWorkshop(2 * 1024 * 1024, 'Kill test v0');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const versionOf = (title: string) => Number(/^Kill test v(\d+)$/.exec(title)?.[1] ?? NaN);

/** Runs a child, kills it after `delayMs` (counted from its "ready", or from the spawn when `early`). */
function runAndKill(file: string, basePath: string, first: number, delayMs: number, early: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, basePath, String(first)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const kill = () => setTimeout(() => child.kill('SIGKILL'), delayMs);
    if (early) kill();
    else child.stdout.once('data', kill);
    child.once('error', reject);
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended by itself (${signal})`))));
  });
}

test(`a save killed at a random moment leaves an old or a new version, never a broken file (${TRIALS} kills)`, async () => {
  const file = path.join(dir, 'kill.copstudio');
  const basePath = path.join(dir, 'base.json');
  await fs.writeFile(basePath, JSON.stringify(base));
  await writeWorkshopFile(file, base);
  // Every version's bytes: the same document, only the title differs.
  const [before, after] = serializeWorkshop(base).split('"Kill test v0"') as [string, string];
  const expectedText = (version: number) => `${before}"Kill test v${version}"${after}`;
  const seen = new Set<number>();
  let validatedText = '';
  for (let trial = 0; trial < TRIALS; trial++) {
    const early = trial % 10 === 0;
    await runAndKill(file, basePath, (trial + 1) * 1000, Math.floor(Math.random() * (early ? 80 : 60)), early);
    const text = await fs.readFile(file, 'utf8');
    const raw = JSON.parse(text);
    if (text !== validatedText) {
      // Identical bytes validate identically: validate each distinct file content once.
      expect(WorkshopSchema.safeParse(raw).success, `trial ${trial}: the file does not validate`).toBe(true);
      validatedText = text;
    }
    const version = versionOf(raw.meta.title);
    expect(Number.isInteger(version), `trial ${trial}: unexpected title ${raw.meta.title}`).toBe(true);
    expect(text === expectedText(version), `trial ${trial}: the file differs from version ${version}`).toBe(true);
    seen.add(version);
  }
  // The kills landed at different moments: many different versions survived them.
  expect(seen.size).toBeGreaterThan(TRIALS / 4);
  // Temp files never pile up: kills leave the temps of interrupted saves, and the next save that completes
  // removes every one of them.
  await writeWorkshopFile(file, base);
  const leftovers = (await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'));
  expect(leftovers).toEqual([]);
}, 120_000);
