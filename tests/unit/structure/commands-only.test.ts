import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Components call commands; commands call the domain; the document changes in one place. These checks read the
 * renderer's sources and name every file that writes the document, or re-implements a domain rule, by itself.
 */
const root = path.resolve(__dirname, '../../..');
const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => ext.test(file))
    .map((file) => path.join(dir, file));
const offenders = (files: string[], pattern: RegExp) =>
  files.filter((file) => pattern.test(readFileSync(path.join(root, file), 'utf8'))).sort();

const components = filesUnder('renderer', /\.tsx$/);
const rendererCode = filesUnder('renderer', /\.tsx?$/);

describe('the document changes through commands only', () => {
  test('no component writes a change() recipe (they call their feature’s commands)', () => {
    expect(offenders(components, /(?<![\w.])change\(|\.change\(|getState\(\)\.change\b/)).toEqual([]);
  });

  test('no component reaches for the store’s change function', () => {
    expect(offenders(components, /\(s(tate)?\)\s*=>\s*s(tate)?\.change\b/)).toEqual([]);
  });
});

describe('the renderer uses the domain’s rules instead of writing them again', () => {
  test('the time spent on a step is recorded by recordActualSeconds', () => {
    expect(offenders(rendererCode, /\.actualSeconds\s*=[^=]/)).toEqual([]);
  });

  test('when a done activity happened is doneDateOf', () => {
    expect(offenders(rendererCode, /outcome\??\.date\s*\?\?\s*\w+\.date/)).toEqual([]);
  });

  test('dates are local (today()), never the UTC date of toISOString()', () => {
    expect(offenders([...rendererCode, ...filesUnder('shared/domain', /\.ts$/)], /toISOString\(\)\.slice\(0,\s*10\)/)).toEqual([]);
  });
});
