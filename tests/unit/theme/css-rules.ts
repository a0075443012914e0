/**
 * A small reader of our stylesheets for structural tests: every style rule with its selector, its declarations,
 * the at-rules around it (`@layer features`, `@media …`, `@scope (…)`) and its line. Nested style rules get their
 * parents' selectors joined in `parents`. Comments are dropped; strings with braces are not expected in our CSS.
 */
export type CssRule = {
  selector: string;
  /** Selectors of enclosing style rules (CSS nesting), outermost first. */
  parents: string[];
  /** Enclosing at-rules' preludes, outermost first, e.g. `@layer features`, `@media (max-width: 900px)`. */
  atRules: string[];
  declarations: Array<{ property: string; value: string }>;
  line: number;
};

export type CssStatement = { text: string; atRules: string[]; line: number };

export function parseCss(css: string): { rules: CssRule[]; statements: CssStatement[] } {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const rules: CssRule[] = [];
  const statements: CssStatement[] = [];
  let i = 0;
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;

  function block(atRules: string[], parents: string[]): void {
    let start = i;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '{') {
        const prelude = text.slice(start, i).trim();
        const preludeLine = lineAt(start + (text.slice(start, i).length - text.slice(start, i).trimStart().length));
        i++;
        if (prelude.startsWith('@')) {
          block([...atRules, prelude.replace(/\s+/g, ' ')], parents);
        } else {
          const own: CssRule = { selector: prelude.replace(/\s+/g, ' '), parents, atRules, declarations: [], line: preludeLine };
          rules.push(own);
          body(own, atRules);
        }
        start = i;
      } else if (ch === '}') {
        i++;
        return;
      } else if (ch === ';') {
        const statement = text.slice(start, i).trim();
        if (statement) statements.push({ text: statement.replace(/\s+/g, ' '), atRules, line: lineAt(start) });
        i++;
        start = i;
      } else {
        i++;
      }
    }
  }

  /** The inside of a style rule: declarations, and nested rules. */
  function body(rule: CssRule, atRules: string[]): void {
    let start = i;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === ';' || ch === '}') {
        const piece = text.slice(start, i).trim();
        const colon = piece.indexOf(':');
        if (piece && colon > 0)
          rule.declarations.push({ property: piece.slice(0, colon).trim().toLowerCase(), value: piece.slice(colon + 1).trim() });
        i++;
        if (ch === '}') return;
        start = i;
      } else if (ch === '{') {
        const prelude = text.slice(start, i).trim();
        const preludeLine = lineAt(start + (text.slice(start, i).length - text.slice(start, i).trimStart().length));
        i++;
        if (prelude.startsWith('@')) {
          // An at-rule nested in a style rule (e.g. @media): its declarations belong to the same selector.
          const inner: CssRule = {
            selector: rule.selector,
            parents: rule.parents,
            atRules: [...atRules, prelude.replace(/\s+/g, ' ')],
            declarations: [],
            line: preludeLine,
          };
          rules.push(inner);
          body(inner, inner.atRules);
        } else {
          const nested: CssRule = {
            selector: prelude.replace(/\s+/g, ' '),
            parents: [...rule.parents, rule.selector],
            atRules,
            declarations: [],
            line: preludeLine,
          };
          rules.push(nested);
          body(nested, atRules);
        }
        start = i;
      } else {
        i++;
      }
    }
  }

  block([], []);
  return { rules, statements };
}

/** The custom properties a value reads: `var(--a, var(--b))` → ['a', 'b']. */
export const varsIn = (value: string): string[] => [...value.matchAll(/var\(\s*--([\w-]+)/g)].map((m) => m[1]!);
