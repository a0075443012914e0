import { graphemesOf } from '../domain/text-units';

/**
 * Breaks text into lines of at most `maxChars` characters (words kept whole unless longer than a line), and at
 * most `maxLines` lines; the last kept line ends with "…" when text was left out. Newlines are honoured.
 * Characters are graphemes: an emoji (even a family or a flag) is never cut in half.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const lines: string[][] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line: string[] = [];
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = graphemesOf(word);
      while (rest.length > width) {
        if (line.length) {
          lines.push(line);
          line = [];
        }
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (!line.length) line = rest;
      else if (line.length + 1 + rest.length <= width) line = [...line, ' ', ...rest];
      else {
        lines.push(line);
        line = rest;
      }
    }
    if (line.length) lines.push(line);
  }
  if (lines.length <= maxLines) return lines.map((l) => l.join(''));
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1]!;
  kept[kept.length - 1] = [...(last.length >= width ? last.slice(0, width - 1) : last), '…'];
  return kept.map((l) => l.join(''));
}
