import { communityMarkdown } from './community-summary';
import { summaryFormat, type SummaryFormat } from './format';
import { briefTitles, type Summary, type SummaryActivity, type SummaryAsk, type SummaryNote, type SummarySection } from './summary-model';
import { membersSentence, noteMeta, partlyTimed } from './summary-text';

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
  return escapeMarkdown(text.trim())
    .replace(/\|/g, '\\|')
    .replace(/ {2}\n/g, '<br>');
}

const m = escapeMarkdown;
const cell = escapeCell;

function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The summary as Markdown, for a wiki: the sponsor brief first, then the same appendix sections as the PDF. */
export function renderSummaryMarkdown(summary: Summary): string {
  const f = summaryFormat(summary.language);
  const { t } = f;
  const titles = briefTitles(f.language);
  const b = summary.brief;
  const out: string[] = [`# ${m(b.title.trim() || t('summary.untitled'))}`, ''];
  const facts = [
    f.date(b.date),
    f.count('participants', b.participantCount),
    b.facilitator.trim() ? t('summary.brief.facilitatedBy', { name: m(b.facilitator.trim()) }) : '',
  ].filter(Boolean);
  out.push(`*${b.community.trim() ? `${m(b.community.trim())} · ` : ''}${titles.brief}* — ${facts.join(' · ')}`, '');
  if (b.domain.length) out.push(`**${t('summary.label', { label: titles.domain })}** ${b.domain.map(m).join(' · ')}`, '');
  out.push(
    `## ${titles.vision}`,
    '',
    b.vision
      ? b.vision
          .split(/\r\n|\r|\n/)
          .map((line) => `> ${m(line)}`.trimEnd())
          .join('\n')
      : `*${t('summary.brief.noVision')}*`,
    '',
  );
  out.push(`## ${titles.themes}`, '');
  out.push(
    b.topThemes.length
      ? b.topThemes.map((theme, i) => `${i + 1}. ${m(theme.name)} — **${f.count('votes', theme.votes)}**`).join('\n')
      : `*${t('summary.brief.noThemes')}*`,
  );
  if (b.moreThemes) out.push('', `*${t('summary.brief.moreThemesBelow', { count: b.moreThemes, n: f.number(b.moreThemes) })}*`);
  out.push('', `## ${titles.goals}`, '');
  out.push(
    b.goals.length
      ? b.goals
          .map((g) =>
            [
              `- **${m(g.title)}**`,
              ...g.objectives.map(
                (o) =>
                  `  - ${t('summary.label', { label: m(o.indicator) })} ${m(f.withUnit(o.baseline, o.unit))} → ${m(f.withUnit(o.target, o.unit))}${o.dueDate ? ` ${t('summary.brief.by', { date: f.date(o.dueDate) })}` : ''}`,
              ),
            ].join('\n'),
          )
          .join('\n')
      : `*${t('summary.brief.noGoals')}*`,
  );
  out.push('', `## ${titles.ask}`, '');
  out.push(
    b.asks.length
      ? table(
          [t('summary.asks.ask'), t('summary.asks.kind'), t('summary.asks.amount'), t('summary.asks.sponsor'), t('summary.asks.status')],
          b.asks.map((a) => [cell(a.what), a.kindLabel, amount(a, f), cell(a.sponsor ?? ''), a.statusLabel]),
          ['l', 'l', 'r', 'l', 'l'],
        )
      : `*${t('summary.brief.noAsks')}*`,
  );
  out.push('', `## ${titles.activities}`, '');
  out.push(
    b.firstActivities.length
      ? table(
          [t('summary.backlog.activity'), t('summary.backlog.type'), t('summary.backlog.owner'), t('summary.backlog.date')],
          b.firstActivities.map((a) => [cell(a.title), a.typeLabel, cell(a.owner ?? ''), a.date ? f.shortDate(a.date) : '']),
          ['l', 'l', 'l', 'r'],
        )
      : `*${t('summary.brief.noActivities')}*`,
  );
  out.push('', `## ${titles.nextSession}`, '', b.nextSessionDate ? `**${f.date(b.nextSessionDate)}**` : `*${t('summary.brief.notSet')}*`);
  if (summary.sections.length) {
    out.push(
      '',
      `## ${titles.appendix}`,
      '',
      summary.sections.map((s) => [`### ${m(s.title)}`, '', sectionMarkdown(s, f)].join('\n')).join('\n\n'),
    );
  }
  const community = communityMarkdown(summary.community);
  if (community) out.push('', community);
  return `${out.join('\n').trimEnd()}\n`;
}

function notesMarkdown(notes: readonly SummaryNote[], f: SummaryFormat): string {
  return notes
    .map((n) => {
      const meta = noteMeta(n, f, m);
      const text = m(n.text).replace(/ {2}\n/g, '  \n    ');
      return `${n.number}. ${text}${meta ? ` *(${meta})*` : ''}`;
    })
    .join('\n');
}

function activitiesMarkdown(activities: readonly SummaryActivity[], f: SummaryFormat): string {
  const { t } = f;
  return table(
    [
      t('summary.backlog.activity'),
      t('summary.backlog.type'),
      t('summary.backlog.owner'),
      t('summary.backlog.date'),
      t('summary.backlog.effort'),
      t('summary.backlog.forGoals'),
    ],
    activities.map((a) => [
      cell(a.title) + (a.description.trim() ? `<br>${cell(a.description)}` : ''),
      a.typeLabel,
      cell(a.owner ?? ''),
      a.date ? f.shortDate(a.date) : '',
      a.effortHours === null ? '' : f.withUnit(a.effortHours, 'h'),
      a.goals.map(cell).join(', '),
    ]),
    ['l', 'l', 'l', 'r', 'r', 'l'],
  );
}

const amount = (a: SummaryAsk, f: SummaryFormat) => (a.amount === null ? '' : cell(f.withUnit(a.amount, a.unit)));

function sectionMarkdown(s: SummarySection, f: SummaryFormat): string {
  const { t } = f;
  const n = (key: 'summary.canvas.zones' | 'summary.canvas.themes', count: number) => t(key, { count, n: f.number(count) });
  switch (s.kind) {
    case 'canvas':
      return [
        t('summary.canvas.markdownIntro', {
          notes: f.count('notes', s.picture.notes.length),
          zones: n('summary.canvas.zones', s.picture.zones.length),
          themes: n('summary.canvas.themes', s.picture.themes.length),
        }),
        ...s.zones.map((z) => `#### ${m(z.title)} (${f.count('notes', z.notes.length)})\n\n${notesMarkdown(z.notes, f)}`),
      ].join('\n\n');
    case 'themes': {
      const rows = s.themes.map((theme, i) => [
        String(i + 1),
        cell(theme.name),
        f.number(theme.votes),
        `${f.count('notes', theme.notes.length)}${
          theme.notes.length
            ? ` (${theme.notes
                .map((x) => x.number)
                .sort((a, b) => a - b)
                .join(', ')})`
            : ''
        }`,
      ]);
      return (
        table([t('summary.themes.rank'), t('summary.themes.theme'), t('summary.themes.votes'), t('summary.themes.notes')], rows, [
          'r',
          'l',
          'r',
          'l',
        ]) +
        (s.unthemed.length ? `\n\n*${t('summary.themes.unthemed', { count: s.unthemed.length, n: f.number(s.unthemed.length) })}*` : '')
      );
    }
    case 'goals':
      return s.goals
        .map((g) => {
          const parts = [`#### ${m(g.title)}`];
          if (g.why.trim()) parts.push(m(g.why));
          if (g.themes.length) parts.push(`*${t('summary.goals.fromThemes', { themes: g.themes.map(m).join(', ') })}*`);
          parts.push(
            g.objectives.length
              ? table(
                  [
                    t('summary.goals.objective'),
                    t('summary.goals.baselineTarget'),
                    t('summary.goals.due'),
                    t('summary.goals.latestValue'),
                    t('summary.goals.progress'),
                  ],
                  g.objectives.map((o) => [
                    cell(o.indicator),
                    `${cell(f.withUnit(o.baseline, o.unit))} → ${cell(f.withUnit(o.target, o.unit))}`,
                    o.dueDate ? f.shortDate(o.dueDate) : '',
                    o.latest
                      ? `${cell(f.withUnit(o.latest.value, o.unit))} (${f.shortDate(o.latest.date)})`
                      : t('summary.goals.notMeasured'),
                    o.progress === null ? '' : f.percent(o.progress),
                  ]),
                  ['l', 'r', 'r', 'r', 'r'],
                )
              : `*${t('summary.goals.noObjective')}*`,
          );
          return parts.join('\n\n');
        })
        .join('\n\n');
    case 'backlog':
      return s.columns
        .map((c) => `#### ${m(c.title)} (${f.count('activities', c.activities.length)})\n\n${activitiesMarkdown(c.activities, f)}`)
        .join('\n\n');
    case 'asks':
      return table(
        [
          t('summary.asks.ask'),
          t('summary.asks.kind'),
          t('summary.asks.amount'),
          t('summary.asks.sponsor'),
          t('summary.asks.status'),
          t('summary.backlog.forGoals'),
        ],
        s.asks.map((a) => [
          cell(a.what) + (a.notes.trim() ? `<br>${cell(a.notes)}` : ''),
          a.kindLabel,
          amount(a, f),
          cell(a.sponsor ?? ''),
          a.statusLabel,
          a.goals.map(cell).join(', '),
        ]),
        ['l', 'l', 'r', 'l', 'l', 'l'],
      );
    case 'members': {
      const x = s.members;
      return [
        membersSentence(x, f),
        x.groups
          .map(
            (g) =>
              `- **${g.label} (${f.number(g.members.length)}):** ${g.members.map((p) => (p.present ? `**${m(p.name)}**` : m(p.name))).join(', ')}`,
          )
          .join('\n'),
      ].join('\n\n');
    }
    case 'impact':
      return table(
        [
          t('summary.impact.goal'),
          t('summary.goals.objective'),
          t('summary.goals.baselineTarget'),
          t('summary.impact.measurements'),
          t('summary.goals.latestValue'),
          t('summary.goals.progress'),
        ],
        s.charts.map((c) => {
          const o = c.objective;
          return [
            cell(c.goal),
            cell(o.indicator),
            `${cell(f.withUnit(o.baseline, o.unit))} → ${cell(f.withUnit(o.target, o.unit))}`,
            f.number(c.points.length),
            o.latest ? `${cell(f.withUnit(o.latest.value, o.unit))} (${f.shortDate(o.latest.date)})` : '',
            o.progress === null ? '' : f.percent(o.progress),
          ];
        }),
        ['l', 'l', 'r', 'r', 'r', 'r'],
      );
    case 'agenda': {
      if (s.steps.length === 0) {
        return t('summary.agenda.notUsed', { count: s.stepCount, n: f.number(s.stepCount), duration: f.duration(s.plannedSeconds) });
      }
      const untimed = s.stepCount - s.steps.length;
      return (
        table(
          [t('summary.agenda.step'), t('summary.agenda.planned'), t('summary.agenda.actual'), t('summary.agenda.difference')],
          s.steps.map((st) => [
            cell(st.title),
            f.duration(st.plannedSeconds),
            f.duration(st.actualSeconds ?? 0),
            f.overrun(st.plannedSeconds, st.actualSeconds ?? 0),
          ]),
          ['l', 'r', 'r', 'r'],
        ) + (untimed > 0 ? `\n\n*${partlyTimed(s.steps.length, untimed, f)}*` : '')
      );
    }
  }
}
