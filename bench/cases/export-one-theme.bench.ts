/**
 * Exports of a canvas whose notes are all in one theme (issue 13: this was quadratic — 20,000 notes took 9 s of
 * HTML in the main process). Summary model, HTML, Markdown and JSON Canvas for 5,000 and 20,000 notes; linear
 * work means the 20,000 figure is about four times the 5,000 one, not sixteen.
 */
import { createWorkshop } from '../../shared/domain/new-workshop';
import { exportJsonCanvas } from '../../shared/json-canvas/export-json-canvas';
import type { Workshop } from '../../shared/schema';
import { renderSummaryHtml } from '../../shared/summary/summary-html';
import { renderSummaryMarkdown } from '../../shared/summary/summary-markdown';
import { buildSummary } from '../../shared/summary/summary-model';
import type { BenchCase, BenchRow } from '../lib/report';

function oneThemeWorkshop(notes: number): Workshop {
  const w = createWorkshop({ title: 'One big theme' });
  const zone = w.canvas.zones[0]!;
  w.canvas.themes.push({
    id: 'theme',
    name: 'Everything',
    color: w.canvas.notes[0]?.color ?? 'yellow',
  } as Workshop['canvas']['themes'][number]);
  const createdAt = new Date().toISOString();
  for (let i = 0; i < notes; i++) {
    w.canvas.notes.push({
      id: `note-${i}`,
      text: `Note ${i}: pair programming across teams`,
      color: 'yellow',
      author: null,
      authorMemberId: null,
      x: zone.x + 10,
      y: zone.y + 10,
      width: 160,
      height: 100,
      zoneId: zone.id,
      themeId: 'theme',
      createdAt,
    } as Workshop['canvas']['notes'][number]);
  }
  return w;
}

const time = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

export default {
  name: 'export-one-theme',
  async run() {
    const rows: BenchRow[] = [];
    for (const notes of [5_000, 20_000]) {
      const w = oneThemeWorkshop(notes);
      const summary = buildSummary(w);
      rows.push({
        suite: 'export-one-theme',
        metric: `summary model, ${notes} notes`,
        value: time(() => buildSummary(w)),
        unit: 'ms',
        runs: 1,
      });
      rows.push({
        suite: 'export-one-theme',
        metric: `HTML, ${notes} notes`,
        value: time(() => renderSummaryHtml(summary, { pageSize: 'A4' })),
        unit: 'ms',
        runs: 1,
      });
      rows.push({
        suite: 'export-one-theme',
        metric: `Markdown, ${notes} notes`,
        value: time(() => renderSummaryMarkdown(summary)),
        unit: 'ms',
        runs: 1,
      });
      rows.push({
        suite: 'export-one-theme',
        metric: `JSON Canvas, ${notes} notes`,
        value: time(() => exportJsonCanvas(w.canvas)),
        unit: 'ms',
        runs: 1,
      });
    }
    return rows;
  },
} satisfies BenchCase;
