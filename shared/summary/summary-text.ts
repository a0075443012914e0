import type { SummaryFormat } from './format';
import type { SummaryChart, SummaryMemberSummary, SummaryNote } from './summary-model';

/** Sentences the HTML and Markdown summaries both write (plain text: each rendering escapes it its own way). */

/** "12 members: 3 core members, 9 active members. 8 were at the workshop (names in bold)." */
export function membersSentence(m: SummaryMemberSummary, f: SummaryFormat): string {
  const counts = m.groups
    .map((g) => f.t(`summary.members.role.${g.role}`, { count: g.members.length, n: f.number(g.members.length) }))
    .join(', ');
  const total = f.t('summary.members.counts', { count: m.total, n: f.number(m.total), counts });
  const present = m.presentCount
    ? f.t('summary.members.present', { count: m.presentCount, n: f.number(m.presentCount) })
    : f.t('summary.members.nonePresent');
  return `${total} ${present}`;
}

/** "theme 2 · 3 votes · — Ahmed": what follows a note's text; `escape` is applied to the author's name. */
export function noteMeta(n: SummaryNote, f: SummaryFormat, escape: (text: string) => string): string {
  return [
    n.themeRank !== null ? f.t('summary.canvas.noteTheme', { rank: f.number(n.themeRank) }) : '',
    n.votes > 0 ? f.count('votes', n.votes) : '',
    n.author ? `— ${escape(n.author)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "Only the 8 steps run with the timer are shown; 1 step was not timed." */
export function partlyTimed(timed: number, untimed: number, f: SummaryFormat): string {
  return f.t('summary.agenda.partlyShown', {
    count: timed,
    n: f.number(timed),
    untimed: f.t('summary.agenda.untimed', { count: untimed, n: f.number(untimed) }),
  });
}

/** "Latest: 12 h on 3 Dec 2026 — 40 % of the way from baseline to target. 3 measurements." */
export function chartCaption(c: SummaryChart, f: SummaryFormat): string {
  const o = c.objective;
  const latest = o.latest ? f.t('summary.impact.latest', { value: f.withUnit(o.latest.value, o.unit), date: f.date(o.latest.date) }) : '';
  const progress = o.progress === null ? '' : f.t('summary.impact.progress', { percent: f.percent(o.progress) });
  const said = [latest, progress].filter(Boolean).join(' — ');
  const count = `${f.count('measurements', c.points.length)}.`;
  return said ? `${said}. ${count}` : count;
}
