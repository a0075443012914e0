import { describe, expect, test } from 'vitest';
import { filesUnder, readText } from './colour-scan';
import { parseCss } from './css-rules';
import { ROOT, THEMES_CSS } from './theme-tokens';

/**
 * Per-feature CSS cannot collide (docs/architecture.md, "Stylesheets"):
 * - every stylesheet is in a cascade layer — `base` (renderer/styles/app.css), `common` (renderer/common/), `features`
 *   (the feature folders and the phone page) — and restates the order `@layer base, common, features;`, so which rule
 *   wins never depends on the order the files are imported in (tests/e2e/css-order.e2e.test.ts shows it on screen);
 * - a class is styled, outside `@scope`, by one stylesheet only: a feature that gives a shared name (`.field`, `.card`,
 *   `.board`…) a look of its own does it inside `@scope (<its root>)`, so the look stays in the feature.
 * The tokens (themes.css) are not in a layer and hold custom properties only.
 */
const ORDER = '@layer base, common, features';
const layerOf = (file: string) =>
  file === 'renderer/styles/app.css' ? 'base' : file.startsWith('renderer/common/') ? 'common' : 'features';

/** Classes the shell sets on its root to say what state the app is in; features style their own elements under them. */
const SHELL_STATES = new Set(['app', 'app--projecting', 'app--join-panel']);

const classesOf = (compound: string) => [...compound.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);

/**
 * The class a selector styles on behalf of its file: after the theme or state conditions (`:root[data-theme=…]`, the
 * shell's state classes), the first compound's last class (`.field input` → field, `.card:hover` → card,
 * `.app.app--projecting` → app--projecting, `.welcome .button` → welcome). Null for element selectors (`html`, `*`).
 */
export function keyOf(selector: string): string | null {
  let s = selector.trim();
  while (/\([^()]*\)/.test(s)) s = s.replace(/\([^()]*\)/g, '');
  s = s.replace(/\[[^\]]*\]/g, '').replace(/^:root\s*/, '');
  const compounds = s.split(/\s*[>+~]\s*|\s+/).filter(Boolean);
  while (compounds.length > 1 && classesOf(compounds[0]!).length > 0 && classesOf(compounds[0]!).every((c) => SHELL_STATES.has(c)))
    compounds.shift();
  for (const compound of compounds) {
    const classes = classesOf(compound);
    if (classes.length) return classes[classes.length - 1]!;
  }
  return null;
}

const appStylesheets = filesUnder(ROOT, 'renderer', ['.css']).filter((f) => f !== THEMES_CSS);

describe('stylesheets in cascade layers', () => {
  test('every stylesheet restates the order of the layers and puts every rule in its layer', () => {
    const problems: string[] = [];
    for (const file of appStylesheets) {
      const { rules, statements } = parseCss(readText(ROOT, file));
      if (statements[0]?.text !== ORDER || statements[0].atRules.length) problems.push(`${file}: does not begin with "${ORDER};"`);
      for (const rule of rules) {
        if (rule.atRules[0] !== `@layer ${layerOf(file)}`)
          problems.push(`${file}:${rule.line} ${rule.selector}: not in @layer ${layerOf(file)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the tokens are custom properties only, outside the layers', () => {
    const { rules } = parseCss(readText(ROOT, THEMES_CSS));
    const other = rules.flatMap((r) =>
      r.declarations
        .filter((d) => !d.property.startsWith('--') && d.property !== 'color-scheme')
        .map((d) => `${r.selector} { ${d.property} }`),
    );
    expect(other).toEqual([]);
    expect(rules.every((r) => r.atRules.length === 0)).toBe(true);
  });
});

describe('a class is styled by one stylesheet (others only inside @scope)', () => {
  test('no class is styled outside @scope by two stylesheets of the app', () => {
    const files = new Map<string, Set<string>>();
    for (const file of appStylesheets.filter((f) => f !== 'renderer/phone/phone.css')) {
      for (const rule of parseCss(readText(ROOT, file)).rules) {
        if (rule.atRules.some((a) => a.startsWith('@scope'))) continue;
        for (const selector of [...rule.parents.slice(0, 1), ...(rule.parents.length ? [] : [rule.selector])].join(',').split(',')) {
          const key = keyOf(selector);
          if (key) (files.get(key) ?? files.set(key, new Set()).get(key)!).add(file);
        }
      }
    }
    const shared = [...files].filter(([, f]) => f.size > 1).map(([key, f]) => `.${key}: ${[...f].join(', ')}`);
    expect(shared).toEqual([]);
  });

  test("a stylesheet's @scope roots are its own classes", () => {
    const problems: string[] = [];
    for (const file of appStylesheets) {
      const { rules } = parseCss(readText(ROOT, file));
      const own = new Set(rules.filter((r) => !r.atRules.some((a) => a.startsWith('@scope'))).map((r) => keyOf(r.selector)));
      for (const rule of rules) {
        for (const at of rule.atRules.filter((a) => a.startsWith('@scope'))) {
          const root = /^@scope \(([^)]*)\)/.exec(at)?.[1] ?? '';
          if (!own.has(keyOf(root))) problems.push(`${file}:${rule.line}: ${at} is not a root this stylesheet styles`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('the key of a selector', () => {
    expect(keyOf('.field input')).toBe('field');
    expect(keyOf('fieldset.field')).toBe('field');
    expect(keyOf('.card:has(.activity-type--code-kata)')).toBe('card');
    expect(keyOf(":root[data-theme='high-contrast'] .note-face__theme")).toBe('note-face__theme');
    expect(keyOf('.app.app--projecting')).toBe('app--projecting');
    expect(keyOf('.app--projecting .canvas-view--edit .canvas-view__body')).toBe('canvas-view--edit');
    expect(keyOf('.welcome .button')).toBe('welcome');
    expect(keyOf('.button.button--danger')).toBe('button--danger');
    expect(keyOf('html')).toBeNull();
  });
});
