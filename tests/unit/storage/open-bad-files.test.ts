import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { IPC_ERROR_CODES } from '../../../shared/ipc';
import { MAX_WORKSHOP_FILE_BYTES, serializeWorkshop } from '../../../electron/services/workshop-files';
import { mainProcess, snapshot } from '../../harness/main-process';

const valid = serializeWorkshop(createWorkshop({ title: 'Valid', now: new Date('2026-11-24T09:00:00Z') }));
let main: Awaited<ReturnType<typeof mainProcess>>;
let dir: string;

beforeAll(async () => {
  main = await mainProcess();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-bad-'));
});

/** Opens the file through the API and checks: a typed error, and neither the file nor its folder changed. */
async function openUntouched(file: string) {
  const dir = path.dirname(file);
  const before = await snapshot(dir);
  const bytesBefore = await fs.readFile(file).catch(() => null);
  const result = await main.open(file);
  expect(await snapshot(dir)).toEqual(before);
  const bytesAfter = await fs.readFile(file).catch(() => null);
  expect(bytesAfter === null ? null : Buffer.compare(bytesAfter, bytesBefore!)).toBe(bytesBefore === null ? null : 0);
  return result;
}

async function openText(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  const result = await openUntouched(file);
  if (result.ok) throw new Error(`expected "${name}" to be refused`);
  expect(IPC_ERROR_CODES).toContain(result.error.code);
  expect(result.error.message).toContain(`"${name}"`);
  return result.error;
}

describe('opening bad files', () => {
  test('not JSON: the message names the file, the line and the column', async () => {
    const error = await openText('syntax.copstudio', '{\n  "schemaVersion": 1,\n  "meta": { "title": \'single quotes\' }\n}');
    expect(error).toEqual({
      code: 'invalid-file',
      message: 'Could not open "syntax.copstudio": it is not valid JSON (line 3, column 22).',
      sentence: 'open',
      fileName: 'syntax.copstudio',
      reason: 'json-invalid',
      values: { line: 3, column: 22 },
    });
  });

  test('truncated: says the file ends too early, with the position', async () => {
    const error = await openText('truncated.copstudio', valid.slice(0, 500));
    expect(error.message).toMatch(/it is not valid JSON: the file ends too early \(line \d+, column \d+\) — it may be truncated/);
  });

  test('wrong shape: says which fields are wrong', async () => {
    const doc = JSON.parse(valid);
    doc.canvas.notes = 'lots';
    delete doc.meta.title;
    const error = await openText('shape.copstudio', JSON.stringify(doc));
    expect(error.message).toContain('its content is not valid (');
    expect(error.message).toContain('canvas.notes');
    expect(error.message).toContain('meta.title');
    expect((await openText('array.copstudio', '[1, 2, 3]')).message).toContain('not a CoP Studio workshop');
    expect((await openText('number.copstudio', '42')).message).toContain('not a CoP Studio workshop');
  });

  test('over 50 MB: refused before reading', async () => {
    const file = path.join(dir, 'huge.copstudio');
    const handle = await fs.open(file, 'w');
    await handle.truncate(MAX_WORKSHOP_FILE_BYTES + 1);
    await handle.close();
    const result = await openUntouched(file);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringContaining('larger than 50 MB'), reason: 'too-large-workshop' },
    });
    await fs.rm(file);
  });

  test('binary junk, NUL bytes, invalid UTF-8, an empty file', async () => {
    expect((await openText('junk.copstudio', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff]))).message).toContain('binary content');
    expect((await openText('utf8.copstudio', Buffer.from([0x7b, 0xc3, 0x28, 0x7d]))).message).toContain('binary content');
    expect((await openText('empty.copstudio', '')).message).toContain('the file is empty');
    expect((await openText('spaces.copstudio', ' \n\t ')).message).toContain('the file is empty');
  });

  test('a folder, a missing file', async () => {
    const folder = path.join(dir, 'folder.copstudio');
    await fs.mkdir(folder);
    expect(await openUntouched(folder)).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: 'Could not open "folder.copstudio": it is a folder, not a file.', reason: 'folder' },
    });
    expect(await openUntouched(path.join(dir, 'missing.copstudio'))).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'Could not open "missing.copstudio": the file does not exist.' },
    });
  });

  test('a newer schemaVersion is refused with a message, and never overwritten', async () => {
    const error = await openText('newer.copstudio', JSON.stringify({ ...JSON.parse(valid), schemaVersion: 3 }));
    expect(error.code).toBe('newer-version');
    expect(error.message).toContain('saved by a newer CoP Studio (file version 3, this app reads up to 2)');
    // It was not handed out as writable: a save to it is refused.
    const save = await main.call('saveWorkshop', { path: path.join(dir, 'newer.copstudio'), workshop: JSON.parse(valid) });
    expect(save.ok).toBe(false);
  });

  test('hand-written nasty inputs', async () => {
    const nasty: (string | Buffer)[] = [
      '\uFEFF',
      '{"schemaVersion": 1e400}',
      '{"schemaVersion": -1}',
      '{"schemaVersion": "1"}',
      '{"__proto__": {"polluted": true}, "schemaVersion": 1}',
      '{"constructor": {"prototype": {"x": 1}}}',
      '['.repeat(100_000),
      `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
      `{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3001)}`,
      '"\\ud800"',
      'null',
      'true',
      '{"schemaVersion": 1, "meta": null}',
      '{"schemaVersion": 2, "meta": null}',
      valid.replace('"schemaVersion": 2', '"schemaVersion": 2,'),
      valid.replace(/"id": "[^"]+"/g, '"id": "same"'),
      `${valid}garbage`,
      `${valid}${valid}`,
      Buffer.concat([Buffer.from(valid), Buffer.from([0])]),
      '\u0000\u0000\u0000',
    ];
    for (const [i, content] of nasty.entries()) await openText(`nasty-${i}.copstudio`, content);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a valid file with a BOM or Windows line endings opens (a text editor may add them)', async () => {
    for (const [name, content] of [
      ['bom.copstudio', `\uFEFF${valid}`],
      ['crlf.copstudio', valid.replaceAll('\n', '\r\n')],
    ] as const) {
      const file = path.join(dir, name);
      await fs.writeFile(file, content);
      const result = await openUntouched(file);
      expect(result.ok && result.value?.workshop.meta.title).toBe('Valid');
    }
  });

  test('fuzz: 1,200 generated bad inputs — always a typed error, never a throw, never a write', async () => {
    const fuzzDir = path.join(dir, 'fuzz');
    await fs.mkdir(fuzzDir);
    const file = path.join(fuzzDir, 'fuzz.copstudio');
    const validDoc = JSON.parse(valid);
    const mutations = fc.oneof(
      // Arbitrary bytes and strings.
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
      fc.string({ maxLength: 500 }),
      fc.json(),
      // A valid file cut short, or with a slice replaced by junk.
      fc.integer({ min: 0, max: valid.length - 1 }).map((n) => valid.slice(0, n)),
      fc
        .tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 1, max: 50 }), fc.string({ maxLength: 10 }))
        .map(([at, len, junk]) => valid.slice(0, at) + junk + valid.slice(at + len)),
      // Valid JSON of the wrong shape: one field of the workshop replaced by anything.
      fc
        .tuple(fc.constantFrom('schemaVersion', 'id', 'meta', 'members', 'canvas', 'goals', 'backlog', 'impact', 'agenda'), fc.jsonValue())
        .map(([key, value]) => JSON.stringify({ ...validDoc, [key]: value })),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (content) => {
        runs++;
        await fs.writeFile(file, content);
        const result = await openUntouched(file);
        if (result.ok) {
          // A mutation that happens to be a valid workshop is fine; it must then really be one.
          expect(result.value?.workshop.schemaVersion).toBe(2);
          return;
        }
        expect(['invalid-file', 'newer-version']).toContain(result.error.code);
        expect(result.error.message).toMatch(/^Could not open "fuzz\.copstudio": .+\.$/s);
      }),
      { numRuns: 1200 },
    );
    expect(runs).toBeGreaterThanOrEqual(1200);
    // 1,200 writes and opens: seconds on an idle machine, over a minute on a loaded one. The limit only catches a
    // hang; the test never depends on how fast the machine is.
  }, 600_000);
});
