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

/** How long an excerpt of a person's text may be (UTF-16 units, "…" included), by where it is shown. */
export const EXCERPT_LENGTH = {
  /** A notice or spoken announcement about one note: "“Brown bag…” was added to the backlog". */
  notice: 60,
  /** A line on a backlog card: "From canvas note: “…”". */
  card: 70,
  /** A note named in a list or a drag-and-drop announcement. */
  list: 80,
  /** A note named on a phone's button (a narrow screen). */
  phone: 40,
} as const;

/**
 * A person's text shortened to one line for a label: runs of spaces and line breaks become one space (or, with
 * `firstLine`, only the first line is kept), and a text longer than `maxUnits` is cut on a grapheme and ends
 * with "…". The one "shorten to one line" helper; `EXCERPT_LENGTH` names the lengths.
 */
export function excerpt(text: string, maxUnits: number, options: { firstLine?: boolean } = {}): string {
  const source = options.firstLine ? (text.trim().split('\n')[0] ?? '') : text;
  return truncateText(source.trim().replace(/\s+/g, ' '), maxUnits);
}
