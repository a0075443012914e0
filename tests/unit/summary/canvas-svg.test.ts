import { describe, expect, test } from 'vitest';
import { canvasSvg } from '../../../shared/summary/canvas-svg';
import { chartSvg } from '../../../shared/summary/chart-svg';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

const rects = (svg: string, cls: string) =>
  [...svg.matchAll(new RegExp(`<g class="${cls}"><rect x="([\\d.-]+)" y="([\\d.-]+)" width="([\\d.]+)" height="([\\d.]+)"`, 'g'))].map(
    (m) => m.slice(1).map(Number) as [number, number, number, number],
  );

describe('the canvas picture', () => {
  test('draws every zone and note, and a theme spread over zones as one outline per zone', () => {
    const w = realisticWorkshop();
    const svg = canvasSvg(w.canvas, 'canvas');
    expect(rects(svg, 'zone').length).toBe(8);
    expect(rects(svg, 'note').length).toBe(w.canvas.notes.length);
    const share = w.canvas.themes.find((t) => t.name === 'Share knowledge across teams')!;
    const zonesOfShare = new Set(w.canvas.notes.filter((n) => n.themeId === share.id).map((n) => n.zoneId));
    const outlines = rects(svg, 'theme');
    const perTheme = w.canvas.themes.map((t) => new Set(w.canvas.notes.filter((n) => n.themeId === t.id).map((n) => n.zoneId)).size);
    expect(outlines.length).toBe(perTheme.reduce((a, b) => a + b, 0));
    expect(zonesOfShare.size).toBe(2);
    // No outline is wider than a zone: none spans across the canvas.
    for (const [, , width] of outlines) expect(width).toBeLessThan(640);
  });

  test('wraps note text into lines, and leaves text out of notes too small to read', () => {
    const w = realisticWorkshop();
    const big = canvasSvg({ zones: [], themes: [], notes: [w.canvas.notes[0]!] }, 'x');
    expect(big).toContain('<tspan x="24" y="77">Stop reinventing</tspan><tspan x="24" y="95">the same libraries</tspan>');
    const tiny = canvasSvg({ zones: [], themes: [], notes: [{ ...w.canvas.notes[0]!, width: 40, height: 30 }] }, 'x');
    expect(tiny).not.toContain('<tspan');
  });

  test('escapes zone titles, note text and the label', () => {
    const w = realisticWorkshop();
    w.canvas.zones[0]!.title = '<script>x</script>';
    w.canvas.notes[0]!.text = '"><img src=x onerror=alert(1)>';
    const svg = canvasSvg(w.canvas, '<b>label</b>');
    expect(/<script|<img|<b>/.test(svg)).toBe(false);
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('the impact chart', () => {
  test('draws one dot per measurement, with labelled baseline and target', () => {
    const svg = chartSvg({
      title: 'Reuse',
      unit: 'libraries',
      baseline: 14,
      target: 7,
      points: [
        { date: '2026-11-24', value: 14 },
        { date: '2027-01-20', value: 11 },
        { date: '2027-02-17', value: 10 },
      ],
    });
    expect(svg.match(/<circle/g)!.length).toBe(3);
    expect(svg).toContain('baseline 14 libraries');
    expect(svg).toContain('target 7 libraries');
    expect(svg).toContain('24 Nov 2026');
    expect(svg).toContain('17 Feb 2027');
  });
});
