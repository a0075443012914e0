import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Files and folders whose user-visible text is all in the catalogues. Issue 15 moves folder after folder here;
 * when every folder of the renderer and the menus is listed, the list becomes the whole tree.
 */
const TRANSLATED: readonly string[] = [
  'renderer/common/i18n.ts',
  'renderer/common',
  'renderer/people',
  'renderer/goals',
  'renderer/sponsors',
  'renderer/impact',
  'shared/domain/labels.ts',
  'renderer/backlog',
  'renderer/community',
  'electron/menu-template.ts',
  'electron/menu-facilitation.ts',
  'electron/dialog-language.ts',
];

/** JSX attributes that people read or hear. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Object properties that hold text for people (actions, notices, menu items). */
const VISIBLE_PROPERTIES = new Set(['label', 'text', 'message', 'title', 'description']);

/** Text with a word in it, not a lone symbol. */
const looksLikeWords = (text: string) => /\p{L}{2,}/u.test(text);

/** User-visible string literals in a source text, with their line: JSX text, visible attributes, text properties. */
export function visibleLiterals(text: string, fileName = 'probe.tsx'): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ line: number; text: string }> = [];
  const add = (node: ts.Node, value: string) => found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: value });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && looksLikeWords(node.text)) add(node, node.text.trim());
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const value = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : null;
      if (value && looksLikeWords(value.text)) add(node, `${node.name.getText(source)}="${value.text}"`);
    }
    if (ts.isPropertyAssignment(node) && VISIBLE_PROPERTIES.has(node.name.getText(source))) {
      const value = node.initializer;
      if ((ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) && looksLikeWords(value.text)) add(node, value.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function files(target: string): string[] {
  const full = path.join(ROOT, target);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => files(path.join(target, name))).filter((f) => /\.tsx?$/.test(f));
}

describe('user-visible text comes from the catalogues', () => {
  test.each(TRANSLATED)('%s has no user-visible string literal', (target) => {
    const left = files(target).flatMap((file) =>
      visibleLiterals(readFileSync(file, 'utf8'), file).map((l) => `${path.relative(ROOT, file)}:${l.line} ${l.text}`),
    );
    expect(left).toEqual([]);
  });

  test('the scan finds JSX text, visible attributes and text properties, and nothing else', () => {
    const text = [
      `export const A = () => <button title="Save the file" aria-label={'Close'} className="button">Save now {x} ×</button>;`,
      `const action = { label: 'Delete notes', id: 'canvas.delete', label2: 'x' };`,
      `const ok = <p title={t('a.b')}>{t('c.d')}</p>;`,
    ].join('\n');
    expect(visibleLiterals(text).map((l) => l.text)).toEqual(['title="Save the file"', 'aria-label="Close"', 'Save now', 'Delete notes']);
  });
});
