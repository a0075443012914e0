import { describe, expect, test } from 'vitest';
import { tallyVotes } from '../../../shared/domain/vote-tally';
import { buildSummary } from '../../../shared/summary/summary-model';
import { renderSummaryMarkdown } from '../../../shared/summary/summary-markdown';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

describe('the one tally of a dot vote', () => {
  test('a theme counts its own dots and its notes’ dots; a note counts its own; themed notes are not candidates', () => {
    const w = realisticWorkshop();
    const tally = tallyVotes(w.canvas);
    const theme = (name: string) => w.canvas.themes.find((t) => t.name === name)!;
    const note = (text: string) => w.canvas.notes.find((n) => n.text === text)!;
    // Fixture: 6 dots on "Share knowledge…" + 1 on its note "Stop reinventing…"; 4 on "Practise…" + 2 on "Weekly code kata".
    expect(tally.themeOwn(theme('Share knowledge across teams').id)).toBe(6);
    expect(tally.theme(theme('Share knowledge across teams').id)).toBe(7);
    expect(tally.theme(theme('Practise together regularly').id)).toBe(6);
    expect(tally.note(note('Weekly code kata').id)).toBe(2);
    expect(tally.total).toBe(w.canvas.votes.length);
    expect(tally.ranked.slice(0, 4).map((c) => [c.label, c.votes])).toEqual([
      ['Share knowledge across teams', 7],
      ['Practise together regularly', 6],
      ['Code quality we are proud of', 3],
      ['Protected time', 2],
    ]);
    expect(tally.ranked.filter((c) => c.kind === 'note').every((c) => c.kind === 'note' && c.note.themeId === null)).toBe(true);
    // Every dot is counted exactly once among the candidates.
    expect(tally.ranked.reduce((sum, c) => sum + c.votes, 0)).toBe(tally.total);
  });

  test('the summary (PDF) and the Markdown print the tally’s counts', () => {
    const w = realisticWorkshop();
    const tally = tallyVotes(w.canvas);
    const summary = buildSummary(w);
    const section = summary.sections.find((s) => s.kind === 'themes');
    expect(section && section.kind === 'themes' ? section.themes.map((t) => [t.name, t.votes]) : null).toEqual(
      tally.ranked.filter((c) => c.kind === 'theme').map((c) => [c.label, c.votes]),
    );
    const markdown = renderSummaryMarkdown(summary);
    expect(markdown).toContain('1. Share knowledge across teams — **7 votes**');
    expect(markdown).toContain('| 1 | Share knowledge across teams | 7 |');
  });
});
