import { formatDate, formatDuration, formatNumber, formatOverrun, formatPercent, plural, withUnit } from './format';
import type { Summary, SummaryActivity, SummaryAsk, SummaryNote, SummarySection } from './summary-model';

/**
 * Escapes user text for Markdown prose: backslash before every character CommonMark could read as markup
 * (so `<script>` stays text on a wiki), line breaks (LF, CRLF and a lone CR, which CommonMark also ends a line
 * with) kept as hard breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`)
        // Block markers only count at the start of a line: headings, lists, rules, numbered lists.
        .replace(/^(\s*)([#+\-=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('  \n');
}

/** Escapes user text for a table cell: as prose, on one line (line breaks become <br>). */
export function escapeCell(text: string): string {
  return escapeMarkdown(text.trim()).replace(/ {2}\n/g, '<br>');
}

const m = escapeMarkdown;
const cell = escapeCell;

function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The summary as Markdown, for a wiki: the same sections as the PDF, tables for goals, backlog, asks, members, agenda. */
export function renderSummaryMarkdown(summary: Summary): string {
  const t = summary.titleBlock;
  const head = [`# ${m(t.title.trim() || 'Workshop')}`, ''];
  const facts: string[] = [];
  if (t.community.trim()) facts.push(`- **Community:** ${m(t.community)}`);
  facts.push(`- **Date:** ${formatDate(t.date)}`);
  if (t.facilitator.trim()) facts.push(`- **Facilitator:** ${m(t.facilitator)}`);
  if (t.participants.length) facts.push(`- **Participants (${t.participants.length}):** ${t.participants.map(m).join(', ')}`);
  const body = summary.sections.map((s) => [`## ${m(s.title)}`, '', sectionMarkdown(s)].join('\n'));
  return `${[...head, ...facts, '', body.join('\n\n')].join('\n').trimEnd()}\n`;
}

function notesMarkdown(notes: readonly SummaryNote[], showZone: boolean): string {
  return notes
    .map((n) => {
      const meta = [n.author ? `— ${m(n.author)}` : '', showZone && n.zone ? m(n.zone) : '', n.votes > 0 ? plural(n.votes, 'vote') : '']
        .filter(Boolean)
        .join(' · ');
      const text = m(n.text).replace(/ {2}\n/g, '  \n  ');
      return `- ${text}${meta ? ` *(${meta})*` : ''}`;
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
    case 'vision':
      return s.statement
        .split(/\r\n|\r|\n/)
        .map((line) => `> ${m(line)}`.trimEnd())
        .join('\n');
    case 'canvas': {
      const { zones, notes, themes } = s.picture;
      const counts = new Map<string, number>();
      for (const n of notes) if (n.zoneId) counts.set(n.zoneId, (counts.get(n.zoneId) ?? 0) + 1);
      const lines = zones.map((z) => `- **${m(z.title)}**: ${plural(counts.get(z.id) ?? 0, 'note')}`);
      const outside = notes.filter((n) => n.zoneId === null).length;
      if (outside) lines.push(`- *Outside every zone*: ${plural(outside, 'note')}`);
      return [`${plural(notes.length, 'note')} in ${plural(zones.length, 'zone')}, ${plural(themes.length, 'theme')}. (The PDF summary and the JSON Canvas export carry the picture.)`, '', ...lines].join('\n');
    }
    case 'themes': {
      const parts = s.themes.map((t, i) => `### ${i + 1}. ${m(t.name)} — ${plural(t.votes, 'vote')}\n\n${t.notes.length ? notesMarkdown(t.notes, false) : '*No notes in this theme.*'}`);
      if (s.unthemed.length) parts.push(`### ${s.themes.length ? 'Notes not in a theme' : 'Notes'}\n\n${notesMarkdown(s.unthemed, true)}`);
      return parts.join('\n\n');
    }
    case 'goals':
      return s.goals
        .map((g) => {
          const parts = [`### ${m(g.title)}`];
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
      return s.columns.map((c) => `### ${m(c.title)} (${plural(c.activities.length, 'activity', 'activities')})\n\n${activitiesMarkdown(c.activities)}`).join('\n\n');
    case 'asks':
      return table(
        ['Ask', 'Kind', 'Amount', 'Sponsor', 'Status', 'For goals'],
        s.asks.map((a) => [cell(a.what) + (a.notes.trim() ? `<br>${cell(a.notes)}` : ''), a.kindLabel, amount(a), cell(a.sponsor ?? ''), a.status, a.goals.map(cell).join(', ')]),
        ['l', 'l', 'r', 'l', 'l', 'l'],
      );
    case 'members':
      return s.groups
        .map(
          (g) =>
            `### ${g.label} (${g.members.length})\n\n` +
            table(
              ['Name', 'Team', 'Interests', 'At the workshop'],
              g.members.map((x) => [cell(x.name), cell(x.team), x.interests.map(cell).join(', '), x.present ? 'yes' : '']),
            ),
        )
        .join('\n\n');
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
    case 'agenda':
      return table(
        ['#', 'Step', 'Planned', 'Actual', 'Difference'],
        s.steps.map((st, i) => [
          String(i + 1),
          cell(st.title),
          formatDuration(st.plannedSeconds),
          st.actualSeconds === null ? 'not run' : formatDuration(st.actualSeconds),
          st.actualSeconds === null ? '' : formatOverrun(st.plannedSeconds, st.actualSeconds),
        ]),
        ['r', 'l', 'r', 'r', 'r'],
      );
    case 'next-steps': {
      const parts: string[] = [];
      if (s.next.activities.length) {
        parts.push(
          '### Activities coming next\n\n' +
            table(
              ['Activity', 'Status', 'Owner', 'Date'],
              s.next.activities.map((a) => [cell(a.title), cell(a.column), cell(a.owner ?? ''), a.date ? formatDate(a.date) : '']),
            ),
        );
      }
      if (s.next.asks.length) {
        parts.push(
          '### Sponsor asks awaiting a decision\n\n' +
            table(
              ['Ask', 'Amount', 'Sponsor', 'Status'],
              s.next.asks.map((a) => [cell(a.what), amount(a), cell(a.sponsor ?? ''), a.status]),
            ),
        );
      }
      return parts.join('\n\n');
    }
  }
}
