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
 * A child process saves a ~1 MB workshop in a loop and is killed with SIGKILL at random points inside a save:
 * one trial in four through the app's whole save (journal, backup, file), the others through the file write
 * alone (fewer fsyncs, so 200 kills stay affordable on a busy disk). After every kill the file must parse, validate,
 * and be exactly one of the versions that were written; after the next successful save no temp file is left anywhere.
 *
 * Independent of the machine's speed: no timer decides when to kill. The child counts its disk operations; the
 * parent tells it after how many completed saves (0, 1 or 2) and at which operation of what follows to stop (a
 * write stops halfway through its bytes), chosen at random among the operations a save takes. The child
 * reports where it froze, and only then is it killed.
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

/** The disk operations one save took, per mode, as the children reported (a first guess until then). */
const stepsPerSave = { full: 40, file: 10 };

/** Where a killed child froze: the new version was not yet in place (`before`) or already was (`after`). */
interface Kill {
  /** The version of the save the kill interrupted. */
  version: number;
  /** The version this child saved last (null: none, the file holds what it held before the child). */
  previous: number | null;
  operation: string;
}

/**
 * Runs a child and kills it inside a save: after `completed` completed saves, at a random operation of the
 * saves that follow (the child freezes there and says so; then it is killed).
 */
function runAndKill(
  file: string,
  basePath: string,
  first: number,
  dataDir: string,
  completed: number,
  mode: 'full' | 'file',
): Promise<Kill> {
  const stopAt = 1 + Math.floor(Math.random() * stepsPerSave[mode]);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, basePath, String(first), dataDir, mode, String(completed), String(stopAt)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    let version = first;
    let previous: number | null = null;
    let kill: Kill | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const saved = /^saved (\d+) (\d+)$/.exec(line);
        if (saved) {
          previous = Number(saved[1]);
          version = previous + 1;
          stepsPerSave[mode] = Number(saved[2]);
        }
        const inside = /^inside \d+ (\w+)$/.exec(line);
        if (inside && !kill) {
          kill = { version, previous, operation: inside[1]! };
          child.kill('SIGKILL');
        }
      }
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) =>
      signal === 'SIGKILL' && kill ? resolve(kill) : reject(new Error(`the child ended by itself (${signal ?? _code}) before freezing`)),
    );
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
  /** How many kills left the interrupted save's version, and how many the one before it. */
  const outcomes = { interrupted: 0, previous: 0 };
  const operations = new Set<string>();
  let validatedText = '';
  let tempsSeen = 0;
  let onDisk = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    const kill = await runAndKill(file, basePath, (trial + 1) * 1000, dataDir, trial % 3, trial % 4 === 0 ? 'full' : 'file');
    operations.add(kill.operation);
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
    // Only the interrupted save's version or the one completed before it can be on disk.
    const previous = kill.previous ?? onDisk;
    expect([kill.version, previous], `trial ${trial}: version ${version} after killing the save of ${kill.version}`).toContain(version);
    if (version === kill.version) outcomes.interrupted += 1;
    else outcomes.previous += 1;
    onDisk = version;
  }
  // The kills landed at many points of a save: before the rename (the previous version stays) and after it
  // (the new one is in place), inside writes, syncs and renames.
  expect(outcomes.previous).toBeGreaterThan(0);
  expect(outcomes.interrupted).toBeGreaterThan(0);
  expect([...operations]).toEqual(expect.arrayContaining(['writeFile', 'sync', 'rename']));
  // Temp files never pile up: kills leave the temps of interrupted saves (in the workshop's folder, in
  // backups/ and in recovery/), and the next save that completes removes every one of them.
  expect(tempsSeen, 'some kills landed while a temp file existed').toBeGreaterThan(0);
  await new WorkshopStorage({ dataDir }).save(file, base);
  expect(await tempsIn(dir)).toEqual([]);
}, 600_000);
