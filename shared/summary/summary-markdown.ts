import { communityMarkdown } from './community-summary';
import { formatDate, formatDuration, formatNumber, formatOverrun, formatPercent, plural, withUnit } from './format';
import { BRIEF_TITLES, type Summary, type SummaryActivity, type SummaryAsk, type SummaryNote, type SummarySection } from './summary-model';

/**
 * Escapes user text for Markdown prose, only where CommonMark (and GitHub's tables and strikethrough) would
 * read markup: backslashes, code spans, emphasis, links, raw HTML (so `<script>` stays text on a wiki),
 * entity references and line-start block markers (headings, quotes, lists, rules). "Means & sponsors" stays
 * as it is. Line breaks are kept as hard breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/[\\`*[\]<~]/g, (ch) => `\\${ch}`)
        // `_` only where it can open or close emphasis: not inside a word (snake_case stays as it is).
        .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (match) => match.replace('_', '\\_'))
        // `&` only where it starts an entity reference (`&amp;`, `&#38;`).
        .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
        // Block markers only count at the start of a line: headings, quotes, lists, rules, setext underlines.
        .replace(/^(\s*)(#{1,6}(?=\s|$)|>|[+-](?=\s|$)|=+\s*$|-{2,}\s*$)/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('  \n');
}

/** Escapes user text for a table cell: as prose, pipes escaped, on one line (line breaks become <br>). */
export function escapeCell(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\|/g, '\\|').replace(/ {2}\n/g, '<br>');
}

const m = escapeMarkdown;
const cell = escapeCell;

function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The summary as Markdown, for a wiki: the sponsor brief first, then the same appendix sections as the PDF. */
export function renderSummaryMarkdown(summary: Summary): string {
  const b = summary.brief;
  const out: string[] = [`# ${m(b.title.trim() || 'Workshop')}`, ''];
  const facts = [formatDate(b.date), plural(b.participantCount, 'participant'), b.facilitator.trim() ? `facilitated by ${m(b.facilitator.trim())}` : ''].filter(Boolean);
  out.push(`*${b.community.trim() ? `${m(b.community.trim())} · ` : ''}${BRIEF_TITLES.brief}* — ${facts.join(' · ')}`, '');
  if (b.domain.length) out.push(`**${BRIEF_TITLES.domain}:** ${b.domain.map(m).join(' · ')}`, '');
  out.push(`## ${BRIEF_TITLES.vision}`, '', b.vision ? b.vision.split(/\r\n|\r|\n/).map((line) => `> ${m(line)}`.trimEnd()).join('\n') : '*No vision statement written yet.*', '');
  out.push(`## ${BRIEF_TITLES.themes}`, '');
  out.push(b.topThemes.length ? b.topThemes.map((t, i) => `${i + 1}. ${m(t.name)} — **${plural(t.votes, 'vote')}**`).join('\n') : '*No themes yet.*');
  if (b.moreThemes) out.push('', `*+ ${plural(b.moreThemes, 'theme')} more below.*`);
  out.push('', `## ${BRIEF_TITLES.goals}`, '');
  out.push(
    b.goals.length
      ? b.goals
          .map((g) => [`- **${m(g.title)}**`, ...g.objectives.map((o) => `  - ${m(o.indicator)}: ${m(withUnit(o.baseline, o.unit))} → ${m(withUnit(o.target, o.unit))}${o.dueDate ? ` by ${formatDate(o.dueDate)}` : ''}`)].join('\n'))
          .join('\n')
      : '*No goals yet.*',
  );
  out.push('', `## ${BRIEF_TITLES.ask}`, '');
  out.push(
    b.asks.length
      ? table(
          ['Ask', 'Kind', 'Amount', 'Sponsor', 'Status'],
          b.asks.map((a) => [cell(a.what), a.kindLabel, amount(a), cell(a.sponsor ?? ''), a.status]),
          ['l', 'l', 'r', 'l', 'l'],
        )
      : '*Nothing asked of sponsors yet.*',
  );
  out.push('', `## ${BRIEF_TITLES.activities}`, '');
  out.push(
    b.firstActivities.length
      ? table(
          ['Activity', 'Type', 'Owner', 'Date'],
          b.firstActivities.map((a) => [cell(a.title), a.typeLabel, cell(a.owner ?? ''), a.date ? formatDate(a.date) : '']),
          ['l', 'l', 'l', 'r'],
        )
      : '*No activities planned yet.*',
  );
  out.push('', `## ${BRIEF_TITLES.nextSession}`, '', b.nextSessionDate ? `**${formatDate(b.nextSessionDate)}**` : '*Not set yet.*');
  if (summary.sections.length) {
    out.push('', `## ${BRIEF_TITLES.appendix}`, '', summary.sections.map((s) => [`### ${m(s.title)}`, '', sectionMarkdown(s)].join('\n')).join('\n\n'));
  }
  const community = communityMarkdown(summary.community);
  if (community) out.push('', community);
  return `${out.join('\n').trimEnd()}\n`;
}

function notesMarkdown(notes: readonly SummaryNote[]): string {
  return notes
    .map((n) => {
      const meta = [n.themeRank !== null ? `theme ${n.themeRank}` : '', n.votes > 0 ? plural(n.votes, 'vote') : '', n.author ? `— ${m(n.author)}` : '']
        .filter(Boolean)
        .join(' · ');
      const text = m(n.text).replace(/ {2}\n/g, '  \n    ');
      return `${n.number}. ${text}${meta ? ` *(${meta})*` : ''}`;
    })
    .join('\n');
}

function activitiesMarkdown(activities: readonly SummaryActivity[]): string {
  return table(
    ['Activity', 'Type', 'Owner', 'Date', 'Effort', 'For goals'],
    activities.map((a) => [
      cell(a.title) + (a.description.trim() ? `<br>${cell(a.description)}` : ''),
      a.typeLabel,
      cell(a.owner ?? ''),
      a.date ? formatDate(a.date) : '',
      a.effortHours === null ? '' : withUnit(a.effortHours, 'h'),
      a.goals.map(cell).join(', '),
    ]),
    ['l', 'l', 'l', 'r', 'r', 'l'],
  );
}

const amount = (a: SummaryAsk) => (a.amount === null ? '' : cell(withUnit(a.amount, a.unit)));

function sectionMarkdown(s: SummarySection): string {
  switch (s.kind) {
    case 'canvas':
      return [
        `${plural(s.picture.notes.length, 'note')} in ${plural(s.picture.zones.length, 'zone')}, ${plural(s.picture.themes.length, 'theme')} (the PDF summary and the JSON Canvas export carry the picture). Notes by zone:`,
        ...s.zones.map((z) => `#### ${m(z.title)} (${plural(z.notes.length, 'note')})\n\n${notesMarkdown(z.notes)}`),
      ].join('\n\n');
    case 'themes': {
      const rows = s.themes.map((t, i) => [String(i + 1), cell(t.name), formatNumber(t.votes), `${plural(t.notes.length, 'note')}${t.notes.length ? ` (${t.notes.map((n) => n.number).sort((a, b) => a - b).join(', ')})` : ''}`]);
      return table(['Rank', 'Theme', 'Votes', 'Notes'], rows, ['r', 'l', 'r', 'l']) + (s.unthemed.length ? `\n\n*${plural(s.unthemed.length, 'note')} not in a theme.*` : '');
    }
    case 'goals':
      return s.goals
        .map((g) => {
          const parts = [`#### ${m(g.title)}`];
          if (g.why.trim()) parts.push(m(g.why));
          if (g.themes.length) parts.push(`*From the themes: ${g.themes.map(m).join(', ')}*`);
          parts.push(
            g.objectives.length
              ? table(
                  ['Objective', 'Baseline → target', 'Due', 'Latest value', 'Progress'],
                  g.objectives.map((o) => [
                    cell(o.indicator),
                    `${cell(withUnit(o.baseline, o.unit))} → ${cell(withUnit(o.target, o.unit))}`,
                    o.dueDate ? formatDate(o.dueDate) : '',
                    o.latest ? `${cell(withUnit(o.latest.value, o.unit))} (${formatDate(o.latest.date)})` : 'not measured yet',
                    o.progress === null ? '' : formatPercent(o.progress),
                  ]),
                  ['l', 'r', 'r', 'r', 'r'],
                )
              : '*No measurable objective yet.*',
          );
          return parts.join('\n\n');
        })
        .join('\n\n');
    case 'backlog':
      return s.columns.map((c) => `#### ${m(c.title)} (${plural(c.activities.length, 'activity', 'activities')})\n\n${activitiesMarkdown(c.activities)}`).join('\n\n');
    case 'asks':
      return table(
        ['Ask', 'Kind', 'Amount', 'Sponsor', 'Status', 'For goals'],
        s.asks.map((a) => [cell(a.what) + (a.notes.trim() ? `<br>${cell(a.notes)}` : ''), a.kindLabel, amount(a), cell(a.sponsor ?? ''), a.status, a.goals.map(cell).join(', ')]),
        ['l', 'l', 'r', 'l', 'l', 'l'],
      );
    case 'members': {
      const x = s.members;
      const counts = x.groups.map((g) => `${formatNumber(g.members.length)} ${g.label.toLowerCase()}`).join(', ');
      return [
        `${plural(x.total, 'member')}: ${counts}. ${formatNumber(x.presentCount)} ${x.presentCount === 1 ? 'was' : 'were'} at the workshop${x.presentCount ? ' (names in bold)' : ''}.`,
        x.groups.map((g) => `- **${g.label} (${g.members.length}):** ${g.members.map((p) => (p.present ? `**${m(p.name)}**` : m(p.name))).join(', ')}`).join('\n'),
      ].join('\n\n');
    }
    case 'impact':
      return table(
        ['Goal', 'Objective', 'Baseline → target', 'Measurements', 'Latest value', 'Progress'],
        s.charts.map((c) => {
          const o = c.objective;
          return [
            cell(c.goal),
            cell(o.indicator),
            `${cell(withUnit(o.baseline, o.unit))} → ${cell(withUnit(o.target, o.unit))}`,
            formatNumber(c.points.length),
            o.latest ? `${cell(withUnit(o.latest.value, o.unit))} (${formatDate(o.latest.date)})` : '',
            o.progress === null ? '' : formatPercent(o.progress),
          ];
        }),
        ['l', 'l', 'r', 'r', 'r', 'r'],
      );
    case 'agenda': {
      if (s.steps.length === 0) {
        return `The timer was not used during this workshop, so there is no actual time to show. The agenda planned ${plural(s.stepCount, 'step')}, ${formatDuration(s.plannedSeconds)} in all.`;
      }
      const untimed = s.stepCount - s.steps.length;
      return (
        table(
          ['Step', 'Planned', 'Actual', 'Difference'],
          s.steps.map((st) => [cell(st.title), formatDuration(st.plannedSeconds), formatDuration(st.actualSeconds ?? 0), formatOverrun(st.plannedSeconds, st.actualSeconds ?? 0)]),
          ['l', 'r', 'r', 'r'],
        ) + (untimed > 0 ? `\n\n*Only the ${plural(s.steps.length, 'step')} run with the timer ${s.steps.length === 1 ? 'is' : 'are'} shown; ${plural(untimed, 'step was', 'steps were')} not timed.*` : '')
      );
    }
  }
}
