import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { WorkshopSchema, formatZodError } from '../../../shared/schema';
import { truncateText } from '../../../shared/domain/text-units';
import { importJsonCanvas } from '../../../shared/json-canvas/import-json-canvas';
import { wrapText } from '../../../shared/summary/wrap-text';

/** No lone surrogate: no emoji cut in half. */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const parse = (mutate: (w: ReturnType<typeof createWorkshop>) => void) => {
  const w = createWorkshop({ title: 'Dates and ids' });
  mutate(w);
  const result = WorkshopSchema.safeParse(w);
  return result.success ? 'ok' : formatZodError(result.error);
};

describe('dates', () => {
  test('an impossible calendar date is refused; real ones (leap day included) pass', () => {
    expect(parse((w) => (w.meta.date = '2026-02-31'))).toContain('this date does not exist');
    expect(parse((w) => (w.meta.date = '2026-04-31'))).toContain('this date does not exist');
    expect(parse((w) => (w.meta.date = '2028-02-29'))).toBe('ok');
    expect(parse((w) => (w.meta.date = '2026-11-24'))).toBe('ok');
  });
});

describe('id lists', () => {
  test('a duplicate id is refused', () => {
    const result = parse((w) => {
      const id = w.members[0]?.id ?? 'x';
      w.meta.participantIds = [id, id];
    });
    expect(result).toContain('is listed twice');
  });

  test('millions of ids are refused by their count, before any id is looked at', () => {
    const ids = new Array<unknown>(2_000_000).fill(42);
    const result = parse((w) => (w.meta.participantIds = ids as string[]));
    expect(result).toContain('at most 10000 participants');
    // The elements (numbers, not ids) were never parsed: only the count is reported.
    expect(result).not.toContain('expected string');
  });
});

describe('emoji are never cut in half', () => {
  test('wrapping counts graphemes: a family or a flag stays whole', () => {
    const family = '👨‍👩‍👧‍👦';
    const lines = wrapText(`${family}${family}${family}`, 2, 5);
    expect(lines).toEqual([`${family}${family}`, family]);
    for (const line of wrapText('🇫🇷🇩🇪🇮🇹🇪🇸 😀😀😀', 3, 1)) expect(wellFormed(line)).toBe(true);
  });

  test('truncation keeps whole graphemes and stays within the limit', () => {
    const text = `${'a'.repeat(9)}😀😀`;
    const cut = truncateText(text, 11);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
    expect(wellFormed(cut)).toBe(true);
    expect(truncateText('short', 11)).toBe('short');
  });

  test('a JSON Canvas note longer than a note may be is shortened without splitting an emoji', () => {
    const text = `${'x'.repeat(1998)}😀😀😀`;
    const result = importJsonCanvas(JSON.stringify({ nodes: [{ id: 'a', type: 'text', x: 0, y: 0, width: 200, height: 60, text }] }), {
      title: 't',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const note = result.workshop.canvas.notes[0]!;
    expect(wellFormed(note.text)).toBe(true);
    expect(note.text.length).toBeLessThanOrEqual(2000);
    expect(note.text.endsWith('…')).toBe(true);
  });
});
