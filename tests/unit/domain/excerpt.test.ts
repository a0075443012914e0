import { describe, expect, test } from 'vitest';
import { excerpt, EXCERPT_LENGTH } from '../../../shared/domain/text-units';

describe('excerpt: a person’s text on one line, for a label', () => {
  test('short text is kept, its spaces and line breaks folded', () => {
    expect(excerpt('  Brown bag\n\nlunches  ', EXCERPT_LENGTH.card)).toBe('Brown bag lunches');
  });

  test('long text is cut to the length, "…" included', () => {
    const cut = excerpt('x'.repeat(100), EXCERPT_LENGTH.phone);
    expect(cut).toBe(`${'x'.repeat(39)}…`);
    expect(cut).toHaveLength(EXCERPT_LENGTH.phone);
  });

  test('never in the middle of an emoji', () => {
    expect(excerpt(`${'a'.repeat(38)}👩🏽‍💻 and more`, EXCERPT_LENGTH.phone)).toBe(`${'a'.repeat(38)}…`);
  });

  test('the first line only, when asked', () => {
    expect(excerpt('Katas\nevery Friday', EXCERPT_LENGTH.notice, { firstLine: true })).toBe('Katas');
    expect(excerpt('   ', EXCERPT_LENGTH.notice, { firstLine: true })).toBe('');
  });
});
