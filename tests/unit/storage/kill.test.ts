import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';
import { serializeWorkshop, writeWorkshopFile } from '../../../electron/services/workshop-files';
import { WorkshopStorage } from '../../../electron/services/workshop-storage';
import { bigWorkshop } from '../../fixtures/big-workshop';

/**
 * A child process saves a ~1 MB workshop in a loop and is killed with SIGKILL at random moments inside a save:
 * one trial in four through the app's whole save (journal, backup, file), the others through the file write
 * alone (fewer fsyncs, so 200 kills stay affordable on a busy disk). After every kill the file must parse, validate, and be exactly
 * one of the versions that were written; after the next successful save no temp file is left anywhere.
 *
 * Independent of the machine's speed: the child reports each completed save and how long it took; the parent
 * waits for 0, 1 or 2 completed saves, then kills after a random fraction of the last save's duration — so the
 * kill lands inside a save (or inside the first save, its backup included) on a fast or a loaded machine alike.
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
    minify: true,
  });
  base = bigWorkshop(1024 * 1024, 'Kill test v0');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const versionOf = (title: string) => Number(/^Kill test v(\d+)$/.exec(title)?.[1] ?? NaN);

/** The last save's duration the children reported, per mode: how long a save takes on this machine, now. */
const lastSaveMs = { full: 50, file: 50 };

/**
 * Runs a child and kills it inside a save: after `completed` saves were reported, at a random point of the
 * next one (a random fraction of the last reported duration).
 */
function runAndKill(file: string, basePath: string, first: number, dataDir: string, completed: number, mode: 'full' | 'file'): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, basePath, String(first), dataDir, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let saves = 0;
    let buffered = '';
    let armed = false;
    const arm = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * lastSaveMs[mode]));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const saved = /^saved \d+ (\d+)$/.exec(line);
        if (saved) {
          lastSaveMs[mode] = Math.max(1, Number(saved[1]));
          saves += 1;
        }
        if ((line === 'ready' && completed === 0) || (saved && saves === completed)) arm();
      }
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended by itself (${signal})`))));
  });
}

const tempsIn = async (dir: string): Promise<string[]> => {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await tempsIn(full)));
    else if (entry.name.endsWith('.tmp')) out.push(path.relative(dir, full));
  }
  return out;
};

test(`a save killed at a random moment leaves an old or a new version, never a broken file (${TRIALS} kills)`, async () => {
  const file = path.join(dir, 'kill.copstudio');
  const basePath = path.join(dir, 'base.json');
  await fs.writeFile(basePath, JSON.stringify(base));
  await writeWorkshopFile(file, base);
  // Every version's bytes: the same document, only the title differs.
  const [before, after] = serializeWorkshop(base).split('"Kill test v0"') as [string, string];
  const expectedText = (version: number) => `${before}"Kill test v${version}"${after}`;
  const dataDir = path.join(dir, 'data');
  const seen = new Set<number>();
  let validatedText = '';
  let tempsSeen = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    await runAndKill(file, basePath, (trial + 1) * 1000, dataDir, trial % 2, trial % 4 === 0 ? 'full' : 'file');
    tempsSeen += (await tempsIn(dir)).length;
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
  // Temp files never pile up: kills leave the temps of interrupted saves (in the workshop's folder, in
  // backups/ and in recovery/), and the next save that completes removes every one of them.
  expect(tempsSeen, 'some kills landed while a temp file existed').toBeGreaterThan(0);
  await new WorkshopStorage({ dataDir }).save(file, base);
  expect(await tempsIn(dir)).toEqual([]);
}, 600_000);
