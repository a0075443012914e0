import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../../shared/i18n/catalog/en';
import { fr } from '../../../shared/i18n/catalog/fr';
import { createI18n, resolveLanguage, translator } from '../../../shared/i18n';
import { PSEUDO_EXPANSION, pseudoLocalize } from '../../../shared/i18n/pseudo';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every leaf of a catalogue as `a.b.c` → text. */
function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of leaves(value, full)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** The code that can show text: every .ts/.tsx file of the app, the catalogues themselves left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return full.includes(`${path.sep}i18n${path.sep}catalog`) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !full.includes(`${path.sep}catalog${path.sep}`) ? [full] : [];
  });
}

describe('the catalogues', () => {
  const english = leaves(en);
  const french = leaves(fr);

  test('French has exactly the keys of English, none empty, with the same placeholders', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(french.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(french.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  test('a plural key has the forms its language needs (Intl.PluralRules), in both languages', () => {
    for (const [language, catalog] of [
      ['en', english],
      ['fr', french],
    ] as const) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.filter((c) => c !== 'many');
      const stems = new Set(
        [...catalog.keys()].filter((k) => /_(zero|one|two|few|many|other)$/.test(k)).map((k) => k.replace(/_\w+$/, '')),
      );
      for (const stem of stems)
        for (const category of needed) expect(catalog.has(`${stem}_${category}`), `${language}: ${stem}_${category}`).toBe(true);
    }
  });

  test('every key is used by the code (a key built at run time is used when its stem is)', () => {
    const code = ['renderer', 'electron', 'shared', 'hosts']
      .flatMap((dir) => {
        try {
          return sourceFiles(path.join(ROOT, dir)).map((file) => readFileSync(file, 'utf8'));
        } catch {
          return [];
        }
      })
      .join('\n');
    const unused = [...english.keys()].filter((key) => {
      const stem = key.replace(/_(zero|one|two|few|many|other)$/, '');
      if (code.includes(`'${stem}'`) || code.includes(`"${stem}"`) || code.includes(`\`${stem}\``)) return false;
      // `language.name.${language}`: a key whose last part is chosen at run time.
      const parent = stem.slice(0, stem.lastIndexOf('.'));
      return !code.includes(`\`${parent}.\${`);
    });
    expect(unused).toEqual([]);
  });
});

describe('translating', () => {
  test('interpolates, and falls back to English for nothing (both are complete)', () => {
    expect(translator('fr')('language.choose', { language: 'Français' })).toBe('Langue : Français');
    expect(translator('en')('language.choose', { language: 'English' })).toBe('Language: English');
  });

  test('an instance switches language without touching another', () => {
    const a = createI18n('en');
    const b = createI18n('en');
    void a.changeLanguage('fr');
    expect(a.t('language.menu')).toBe('Langue');
    expect(b.t('language.menu')).toBe('Language');
  });

  test('the system language is the first of the system’s locales CoP Studio speaks, else English', () => {
    expect(resolveLanguage('system', ['de-DE', 'fr-LU', 'en-GB'])).toBe('fr');
    expect(resolveLanguage('system', ['en_US'])).toBe('en');
    expect(resolveLanguage('system', ['lb-LU', 'de'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('fr', ['en-US'])).toBe('fr');
  });
});

describe('the pseudo-locale', () => {
  test('accents every letter, keeps placeholders, and is at least 40 % longer', () => {
    const text = 'Language: {{language}}';
    const pseudo = pseudoLocalize(text);
    expect(pseudo).toContain('{{language}}');
    expect(pseudo).not.toMatch(/[a-zA-Z]{2,}(?![^{]*\}\})/);
    const visible = (t: string) => t.replace(/\{\{[^}]*\}\}/g, '').length;
    expect(visible(pseudo)).toBeGreaterThanOrEqual(Math.ceil(visible(text) * (1 + PSEUDO_EXPANSION)));
    expect(translator('pseudo')('language.choose', { language: 'X' })).toMatch(/^［Ļáñĝúáĝé: X/);
  });
});
