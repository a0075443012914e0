import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * English written by the main process that would reach a person: an `IpcFailure` made from a text (instead of a
 * sentence of the `errors` catalogue), an error body or refusal written as a sentence, a room close or refusal
 * worded in the code. Each is a pattern over the source of electron/, hosts/ and shared/room (no exception list).
 */
const PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'an IpcFailure made from a text (use IpcFailure.of with a sentence)', pattern: /new IpcFailure\(/ },
  { what: 'an error result written as a sentence', pattern: /\b(error|message):\s*['"`][A-Z][a-z]+ [a-z]/ },
  { what: 'a room refusal worded in the code (name a refusal of phone.refusal)', pattern: /\brefuse\([^)]*['"`][A-Z][a-z]+ [a-z]/ },
  { what: 'a socket closed with an English reason (use closeReason)', pattern: /\.close\(ROOM_CLOSE\.\w+,\s*['"`]/ },
  { what: 'a plain page worded in the code (use the phone.page catalogue)', pattern: /send\(\d+,\s*'text\/plain[^']*',\s*['"`][A-Z]/ },
];

const SCANNED = ['electron', 'hosts', 'shared/room'];
/** The one place an `IpcFailure` is built from its parts. */
const DEFINES_IPC_FAILURE = path.join('shared', 'ipc', 'result.ts');

describe('no English written by the main process reaches a person (issue 15)', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  test('the scan sees the files it must', () => {
    const relative = files.map((file) => path.relative(ROOT, file));
    expect(relative).toEqual(
      expect.arrayContaining([
        path.join('electron', 'services', 'file-chooser.ts'),
        path.join('electron', 'services', 'room', 'room-service.ts'),
        path.join('electron', 'ipc', 'handlers', 'room-handlers.ts'),
        path.join('electron', 'electron-pdf-engine.ts'),
        path.join('hosts', 'browser', 'browser-host.ts'),
        path.join('shared', 'room', 'room-rules.ts'),
      ]),
    );
  });

  test.each(PATTERNS)('no $what', ({ pattern }) => {
    const found = files.flatMap((file) => {
      const relative = path.relative(ROOT, file);
      if (relative === DEFINES_IPC_FAILURE) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (pattern.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${relative}:${index + 1}: ${line.trim()}`] : []));
    });
    expect(found).toEqual([]);
  });

  test('the patterns catch what they are for', () => {
    const samples = [
      "throw new IpcFailure('not-allowed', 'The room is not open.');",
      "? { ok: false, error: { code: 'invalid-request', message: 'This request is too large.' } }",
      "return json(403, { error: 'This code is not right.' });",
      "this.refuse(connection, ref, 'malformed', 'Pick your name or type one.');",
      "connection.socket.close(ROOM_CLOSE.closed, 'The facilitator closed the room.');",
      "return send(404, 'text/plain; charset=utf-8', 'Not found');",
    ];
    for (const sample of samples)
      expect(
        PATTERNS.some(({ pattern }) => pattern.test(sample)),
        sample,
      ).toBe(true);
  });
});
