import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Runtime state lives in stores and the session owns every side effect (docs/architecture.md, "Runtime state"):
 * these checks read the renderer's sources and name each file that keeps state in a module-level variable, or
 * subscribes, listens or starts a timer when it is imported.
 */
const root = path.resolve(__dirname, '../../..');
const rendererCode = readdirSync(path.join(root, 'renderer'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => path.join('renderer', file));
const offenders = (pattern: RegExp) => rendererCode.filter((file) => pattern.test(readFileSync(path.join(root, file), 'utf8'))).sort();

describe('runtime state is owned', () => {
  test('no module-level let or var in the renderer (state goes into a store)', () => {
    expect(offenders(/^(export\s+)?(let|var)\s/m)).toEqual([]);
  });

  test('no subscription, listener or timer started at import time (the session starts them)', () => {
    expect(
      offenders(/^(?:\w+\.subscribe\(|(?:window|document)\.addEventListener\(|set(?:Interval|Timeout)\(|if \(typeof (?:document|window))/m),
    ).toEqual([
      // The entry point creates the session and disposes of it when the page goes away.
      'renderer/main.tsx',
    ]);
  });

  test('every zustand store of the renderer can be reset', () => {
    const stores = offenders(/=\s*create<\w+>\(\)/);
    expect(stores.length).toBeGreaterThan(10);
    expect(stores.filter((file) => !/\breset\b/.test(readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });
});
