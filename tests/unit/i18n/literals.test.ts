import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Where user-visible text is written: the whole renderer (the app and the phone page), the Electron menus and the
 * main process's dialog texts, and the labels of the document's kinds. Every text there comes from the catalogues:
 * no list of exceptions.
 */
const SCANNED: readonly string[] = [
  'renderer',
  'electron/menu-template.ts',
  'electron/menu-facilitation.ts',
  'electron/dialog-language.ts',
  'shared/domain/labels.ts',
  'shared/summary',
  'shared/domain/activity-types.ts',
];

/** JSX attributes that people read or hear. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Object properties that hold text for people (actions, notices, menu items). */
const VISIBLE_PROPERTIES = new Set(['label', 'text', 'message', 'title', 'description']);

/** Calls whose text arguments people read or hear: notices, screen-reader announcements, undo step names. */
const VISIBLE_CALLS = new Set(['notify', 'announce', 'change']);

/** Text with a word in it, not a lone symbol. */
const looksLikeWords = (text: string) => /\p{L}{2,}/u.test(text);

/** User-visible string literals in a source text, with their line: JSX text, visible attributes, text properties. */
export function visibleLiterals(text: string, fileName = 'probe.tsx'): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Array<{ line: number; text: string }> = [];
  const add = (node: ts.Node, value: string) =>
    found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: value });
  /** The words a template literal writes itself (`Move ${x}` → "Move "), not those of its placeholders. */
  const ownText = (node: ts.Expression): string | null => {
    if (ts.isStringLiteralLike(node)) return node.text;
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    if (ts.isParenthesizedExpression(node)) return ownText(node.expression);
    // cond ? 'Hide' : 'Show', name || 'Untitled', title ?? 'No step': the literal branches.
    const branches = ts.isConditionalExpression(node)
      ? [node.whenTrue, node.whenFalse]
      : ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)
        ? [node.right]
        : [];
    const texts = branches.map(ownText).filter((text): text is string => text !== null);
    return texts.length > 0 ? texts.join(' | ') : null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && looksLikeWords(node.text)) add(node, node.text.trim());
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const value = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) && init.expression ? ownText(init.expression) : null;
      if (value !== null && looksLikeWords(value)) add(node, `${node.name.getText(source)}="${value}"`);
    }
    // {'Save'} or {`${n} notes`} as a JSX child.
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const value = ownText(node.expression);
      if (value !== null && looksLikeWords(value)) add(node, value);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (VISIBLE_CALLS.has(name)) {
        for (const arg of node.arguments) {
          const value = ownText(arg);
          // notify('info', …): the kind is a word too, not a text.
          if (value !== null && looksLikeWords(value) && !/^(info|error|warning|success)$/.test(value)) add(arg, value);
        }
      }
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
  return readdirSync(full)
    .flatMap((name) => files(path.join(target, name)))
    .filter((f) => /\.tsx?$/.test(f));
}

describe('user-visible text comes from the catalogues', () => {
  test.each(SCANNED)('%s has no user-visible string literal', (target) => {
    const left = files(target).flatMap((file) =>
      visibleLiterals(readFileSync(file, 'utf8'), file).map((l) => `${path.relative(ROOT, file)}:${l.line} ${l.text}`),
    );
    expect(left).toEqual([]);
  });

  test('the scan finds JSX text, visible attributes and text properties, and nothing else', () => {
    const text = [
      `export const A = () => <button title="Save the file" aria-label={'Close'} className="button">Save now {x} ×</button>;`,
      `const action = { label: 'Delete notes', id: 'canvas.delete', label2: 'x' };`,
      `const ok = <p title={t('a.b')} className={\`note note--\${kind}\`}>{t('c.d')}</p>;`,
      `const b = <li aria-label={\`Move \${step.title}\`}>{count === 1 ? t('e') : t('f')} {\`\${n} notes\`} {'·'} {on ? 'Hide' : t('g')}</li>;`,
      `notify('info', \`Deleted \${n} notes.\`); store.change('Add note', recipe); announce(tr('g.h')); notify('error', message);`,
    ].join('\n');
    expect(visibleLiterals(text).map((l) => l.text)).toEqual([
      'title="Save the file"',
      'aria-label="Close"',
      'Save now',
      'Delete notes',
      'aria-label="Move  "',
      '  notes',
      'Hide',
      'Deleted   notes.',
      'Add note',
    ]);
  });
});
