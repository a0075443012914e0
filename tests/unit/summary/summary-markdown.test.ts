import { describe, expect, test } from 'vitest';
import { renderSummaryMarkdown } from '../../../shared/summary/summary-markdown';
import { buildSummary } from '../../../shared/summary/summary-model';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

describe('the Markdown summary', () => {
  test('matches the reviewed snapshot of the realistic workshop', async () => {
    const md = renderSummaryMarkdown(buildSummary(realisticWorkshop({ hostile: true })));
    await expect(md).toMatchFileSnapshot('./__snapshots__/realistic-workshop-summary.md');
  });

  test('uses tables for goals and backlog, with pipes in user text escaped', () => {
    const w = realisticWorkshop();
    w.backlog.activities[0]!.title = 'Kata | pairs';
    const md = renderSummaryMarkdown(buildSummary(w));
    expect(md).toContain('| Objective | Baseline → target | Due | Latest value | Progress |');
    expect(md).toContain(
      '| Duplicated internal libraries | 14 libraries → 7 libraries | 30 Jun 2027 | 10 libraries (17 Feb 2027) | 57 % |',
    );
    expect(md).toContain('| Kata \\| pairs | Other |');
    const rows = md.split('\n').filter((l) => l.startsWith('| Kata'));
    expect(rows[0]!.split(/(?<!\\)\|/).length).toBe(8);
  });
});
