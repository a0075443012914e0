import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../../shared/summary/escape-html';
import { escapeCell, escapeMarkdown } from '../../../shared/summary/summary-markdown';
import { renderSummaryHtml } from '../../../shared/summary/summary-html';
import { renderSummaryMarkdown } from '../../../shared/summary/summary-markdown';
import { buildSummary } from '../../../shared/summary/summary-model';
import { cssString } from '../../../shared/summary/page-layout';
import { wrapText } from '../../../shared/summary/wrap-text';
import { HOSTILE_TEXTS, realisticWorkshop } from '../../fixtures/realistic-workshop';

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('escaping user text', () => {
  test('escapeHtml turns markup into text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
    expect(escapeHtml('bell\u0007 nul\u0000 tab\t')).toBe('bell nul tab\t');
  });

  test('for any text, the escaped form has no markup characters and reads back to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescapeHtml(escaped)).toBe(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
      }),
    );
  });

  test('hostile notes, themes, goals and activities print literally in the HTML and create no element', () => {
    const html = renderSummaryHtml(buildSummary(realisticWorkshop({ hostile: true })), { pageSize: 'A4' });
    expect(/<script|<img/i.test(html)).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    // Only the tags the renderer writes itself, and no inline script or event handler anywhere.
    const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    for (const tag of tags) {
      expect([
        'html',
        'head',
        'meta',
        'title',
        'style',
        'body',
        'header',
        'p',
        'h1',
        'h2',
        'h3',
        'dl',
        'dt',
        'dd',
        'ul',
        'ol',
        'li',
        'strong',
        'section',
        'figure',
        'figcaption',
        'svg',
        'g',
        'rect',
        'text',
        'tspan',
        'circle',
        'line',
        'path',
        'span',
        'div',
        'table',
        'thead',
        'tbody',
        'tfoot',
        'tr',
        'th',
        'td',
      ]).toContain(tag);
    }
    const handlers = [...html.matchAll(/<[a-zA-Z][^>]*>/g)].filter((tag) => /\son[a-z]+\s*=/i.test(tag[0]));
    expect(handlers.map((t) => t[0])).toEqual([]);
  });

  test('a hostile workshop title cannot break out of the running footer (a CSS string in the stylesheet)', () => {
    expect(cssString('a "quoted" \\ title')).toBe('"a \\"quoted\\" \\\\ title"');
    expect(cssString('</style><script>alert(1)</script>')).not.toMatch(/[<>]/);
    expect(cssString('line\nbreak')).toBe('"line break"');
    const w = realisticWorkshop();
    w.meta.title = '</style><script>alert(1)</script>"; } body { display: none';
    const html = renderSummaryHtml(buildSummary(w), { pageSize: 'A4' });
    const style = html.slice(html.indexOf('<style>') + '<style>'.length, html.indexOf('</style>'));
    expect(style).not.toContain('<');
    expect(style).toContain(
      '@bottom-left { content: "\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \\"; } body { display: none · 24 Nov 2026"',
    );
  });

  test('Markdown escapes what a wiki would read as markup', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeCell('a | b *c* [d](e)')).toBe('a \\| b \\*c\\* \\[d\\](e)');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('&amp; is an entity')).toBe('\\&amp; is an entity');
    expect(escapeMarkdown('_emphasis_ but snake_case')).toBe('\\_emphasis\\_ but snake_case');
    const hostile = renderSummaryMarkdown(buildSummary(realisticWorkshop({ hostile: true })));
    expect(hostile).not.toMatch(/(^|[^\\])<(script|img)/m);
    expect(hostile).toContain('\\<img src=x onerror=alert(2)>');
  });

  test('Markdown leaves plain text alone: no stray escapes', () => {
    for (const text of [
      'Means & sponsors',
      'Brown bag: our payment client',
      'Why? Because! (really)',
      'snake_case_name',
      '2 + 2 = 4',
      'a - b',
      '#hashtag',
      '3.5 people',
      'Q&A',
      'C# and F#',
      'pages 1-3',
    ]) {
      expect(escapeMarkdown(text)).toBe(text);
    }
    const md = renderSummaryMarkdown(buildSummary(realisticWorkshop()));
    expect(md).toContain('#### Means & sponsors');
    expect(md).not.toContain('\\&');
  });
});

describe('wrapping note text for the canvas picture', () => {
  test('keeps words whole, honours line breaks and ends a cut text with an ellipsis', () => {
    expect(wrapText('Pair programming across teams', 12, 5)).toEqual(['Pair', 'programming', 'across teams']);
    expect(wrapText('one\ntwo', 20, 5)).toEqual(['one', 'two']);
    expect(wrapText('abcdefghijklmnop', 5, 5)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
    expect(wrapText('a b c d e f g h', 3, 2)).toEqual(['a b', 'c …']);
  });
});

describe('Markdown line endings', () => {
  test('a lone CR (which CommonMark also ends a line with) cannot start a heading, a rule, a list item or break a table', () => {
    expect(escapeMarkdown('ok\r# injected heading')).toBe('ok  \n\\# injected heading');
    expect(escapeMarkdown('ok\r---')).toBe('ok  \n\\---');
    expect(escapeMarkdown('ok\r- item')).toBe('ok  \n\\- item');
    expect(escapeMarkdown('ok\r1. item')).toBe('ok  \n1\\. item');
    expect(escapeMarkdown('a\r\nb')).toBe('a  \nb');
    const md = renderSummaryMarkdown(
      buildSummary({ ...realisticWorkshop(), canvas: { ...realisticWorkshop().canvas, visionStatement: 'We grow\r# Hacked' } }),
    );
    expect(md).not.toMatch(/\r/);
    expect(md).not.toMatch(/^# Hacked/m);
  });
});
