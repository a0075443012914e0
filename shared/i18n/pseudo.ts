import type { Catalog } from './catalog-type';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ṁ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** How much longer pseudo-localised text is than English: French runs about 20 % longer, this is harsher. */
export const PSEUDO_EXPANSION = 0.4;

/**
 * One text in the pseudo-locale: letters accented, 40 % longer (padding words inside the brackets), and
 * bracketed so that truncation shows. Interpolations (`{{name}}`), nesting (`$t(…)`) and markup stay as they are.
 */
export function pseudoLocalize(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>)/);
  const accented = parts.map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join(''))).join('');
  const letters = text.replace(/\{\{[^}]*\}\}/g, '').length;
  const extra = Math.ceil(letters * PSEUDO_EXPANSION);
  const padding = ' ~ŵóŕð ĺóñĝ'.repeat(Math.ceil(extra / 11) + 1).slice(0, extra);
  return `［${accented}${padding}］`;
}

/** The whole catalogue, pseudo-localised. */
export function pseudoCatalog(reference: Catalog): Catalog {
  const walk = (node: unknown): unknown =>
    typeof node === 'string'
      ? pseudoLocalize(node)
      : Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([key, value]) => [key, walk(value)]));
  return walk(reference) as Catalog;
}
