/**
 * Text measured and cut the way a reader sees it: by grapheme (an emoji with its skin tone, a flag, a letter
 * with its accents is one unit), never in the middle of a surrogate pair. `Intl.Segmenter` is in Node 20 and
 * Chromium; without it, code points are the fallback.
 */
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

export function graphemesOf(text: string): string[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  return Array.from(text);
}

/**
 * `text` if it fits in `maxUnits` UTF-16 code units (the unit of the schema's string limits), else as many whole
 * graphemes as fit followed by `ellipsis`.
 */
export function truncateText(text: string, maxUnits: number, ellipsis = '…'): string {
  if (text.length <= maxUnits) return text;
  const budget = maxUnits - ellipsis.length;
  let out = '';
  for (const grapheme of graphemesOf(text)) {
    if (out.length + grapheme.length > budget) break;
    out += grapheme;
  }
  return `${out}${ellipsis}`;
}
