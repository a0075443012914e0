import { canvasSvg } from './canvas-svg';
import { chartSvg } from './chart-svg';
import { escapeHtml as e } from './escape-html';
import { formatDate, formatDuration, formatNumber, formatOverrun, formatPercent, plural, withUnit } from './format';
import { NOTE_FILL, NOTE_INK } from './note-palette';
import type { PageSize } from './page-layout';
import { printCss } from './print-css';
import type {
  Summary,
  SummaryActivity,
  SummaryAsk,
  SummaryChart,
  SummaryNote,
  SummaryObjective,
  SummarySection,
  SummaryTitleBlock,
} from './summary-model';

/**
 * The summary as one self-contained HTML document for the PDF engine: inline CSS, inline SVG, no script,
 * no remote content (its CSP says so too). Every piece of user text goes through `escapeHtml` (`e`).
 */
export function renderSummaryHtml(summary: Summary, options: { pageSize: PageSize }): string {
  const { titleBlock } = summary;
  const docTitle = `${titleBlock.title.trim() || 'Workshop'} — summary`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${e(docTitle)}</title>`,
    `<style>${printCss(options.pageSize)}</style>`,
    '</head><body>',
    titleHtml(titleBlock, summary),
    ...summary.sections.map(sectionHtml),
    '</body></html>',
  ].join('\n');
}

function titleHtml(t: SummaryTitleBlock, summary: Summary): string {
  const facts: [string, string][] = [['Date', formatDate(t.date)]];
  if (t.facilitator.trim()) facts.push(['Facilitator', t.facilitator]);
  if (t.participants.length > 0) facts.push([`Participants (${t.participants.length})`, t.participants.join(', ')]);
  const glance = atAGlance(summary);
  return [
    '<header class="title-block">',
    `<p class="kicker">${e(t.community.trim() ? `${t.community} · workshop summary` : 'Workshop summary')}</p>`,
    `<h1>${e(t.title.trim() || 'Workshop')}</h1>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`,
    glance.length > 0 ? `<ul class="glance">${glance.map(([n, label]) => `<li><strong>${e(formatNumber(n))}</strong>${e(label)}</li>`).join('')}</ul>` : '',
    '</header>',
  ].join('');
}

/** Key figures for the title block. */
function atAGlance(summary: Summary): [number, string][] {
  const out: [number, string][] = [];
  for (const s of summary.sections) {
    if (s.kind === 'themes') {
      const notes = s.themes.reduce((n, t) => n + t.notes.length, 0) + s.unthemed.length;
      out.push([notes, notes === 1 ? 'note' : 'notes'], [s.themes.length, s.themes.length === 1 ? 'theme' : 'themes']);
    }
    if (s.kind === 'goals') out.push([s.goals.length, s.goals.length === 1 ? 'goal' : 'goals']);
    if (s.kind === 'backlog') {
      const n = s.columns.reduce((sum, c) => sum + c.activities.length, 0);
      out.push([n, n === 1 ? 'activity' : 'activities']);
    }
    if (s.kind === 'members') {
      const n = s.groups.reduce((sum, g) => sum + g.members.length, 0);
      out.push([n, n === 1 ? 'member' : 'members']);
    }
  }
  return out;
}

const section = (s: SummarySection, body: string) => `<section class="section section--${s.kind}"><h2>${e(s.title)}</h2>${body}</section>`;

function sectionHtml(s: SummarySection): string {
  switch (s.kind) {
    case 'vision':
      return section(s, `<p class="vision">${e(s.statement)}</p>`);
    case 'canvas': {
      const { zones, notes, themes } = s.picture;
      const caption = `${plural(notes.length, 'note')} in ${plural(zones.length, 'zone')}.${themes.length ? ' Dashed outlines mark the themes, numbered by rank:' : ''}`;
      const legend = themes
        .map((t, i) => `<li><span class="badge" style="background:${NOTE_INK[t.color]}">${i + 1}</span>${e(t.name)}</li>`)
        .join('');
      return section(
        s,
        `<figure>${canvasSvg(s.picture, 'The vision canvas: zones, notes and themes')}<figcaption>${e(caption)}${legend ? `<ol class="legend">${legend}</ol>` : ''}</figcaption></figure>`,
      );
    }
    case 'themes': {
      // Past a couple of hundred notes, three narrower columns keep the list to a readable number of pages.
      const total = s.themes.reduce((n, t) => n + t.notes.length, 0) + s.unthemed.length;
      const dense = total > DENSE_NOTES;
      return section(
        s,
        [
          ...s.themes.map(
            (t, i) =>
              `<div class="theme-block"><h3 class="theme-heading"><span class="rank" style="background:${NOTE_INK[t.color]}">${i + 1}</span><span>${e(t.name)}</span><span class="votes">${e(plural(t.votes, 'vote'))}</span></h3>` +
              (t.notes.length ? notesList(t.notes, false, dense) : '<p class="muted">No notes in this theme.</p>') +
              '</div>',
          ),
          s.unthemed.length
            ? `<div class="theme-block"><h3>${e(s.themes.length ? 'Notes not in a theme' : 'Notes')}</h3>${notesList(s.unthemed, true, dense)}</div>`
            : '',
        ].join(''),
      );
    }
    case 'goals':
      return section(
        s,
        s.goals
          .map(
            (g) =>
              `<div class="goal"><h3>${e(g.title)}</h3>` +
              (g.why.trim() ? `<p class="why">${e(g.why)}</p>` : '') +
              (g.themes.length ? `<p class="small muted">From the themes: ${e(g.themes.join(', '))}</p>` : '') +
              (g.objectives.length ? objectivesTable(g.objectives) : '<p class="muted">No measurable objective yet.</p>') +
              '</div>',
          )
          .join(''),
      );
    case 'backlog':
      return section(s, s.columns.map((c) => `<h3>${e(c.title)} <span class="muted small">(${e(plural(c.activities.length, 'activity', 'activities'))})</span></h3>${activitiesTable(c.activities)}`).join(''));
    case 'asks':
      return section(s, asksTable(s.asks));
    case 'members':
      return section(
        s,
        s.groups
          .map(
            (g) =>
              `<h3>${e(g.label)} <span class="muted small">(${g.members.length})</span></h3><table><thead><tr><th>Name</th><th>Team</th><th>Interests</th><th>At the workshop</th></tr></thead><tbody>` +
              g.members.map((m) => `<tr><td>${e(m.name)}</td><td>${e(m.team)}</td><td>${e(m.interests.join(', '))}</td><td>${m.present ? 'yes' : ''}</td></tr>`).join('') +
              '</tbody></table>',
          )
          .join(''),
      );
    case 'impact':
      return section(s, s.charts.map(chartHtml).join(''));
    case 'agenda': {
      const planned = s.steps.reduce((n, st) => n + st.plannedSeconds, 0);
      const ran = s.steps.filter((st) => st.actualSeconds !== null);
      const actual = ran.reduce((n, st) => n + (st.actualSeconds ?? 0), 0);
      const rows = s.steps.map(
        (st, i) =>
          `<tr><td class="num">${i + 1}</td><td>${e(st.title)}</td><td class="num">${e(formatDuration(st.plannedSeconds))}</td><td class="num">${st.actualSeconds === null ? '<span class="muted">not run</span>' : e(formatDuration(st.actualSeconds))}</td><td class="num">${st.actualSeconds === null ? '' : overrunHtml(st.plannedSeconds, st.actualSeconds)}</td></tr>`,
      );
      const total = `<tfoot><tr><td></td><td>Total</td><td class="num">${e(formatDuration(planned))}</td><td class="num">${ran.length ? e(formatDuration(actual)) : ''}</td><td class="num">${ran.length ? overrunHtml(ran.reduce((n, st) => n + st.plannedSeconds, 0), actual) : ''}</td></tr></tfoot>`;
      const partly = ran.length > 0 && ran.length < s.steps.length ? '<p class="small muted">The total difference counts only the steps that were run.</p>' : '';
      return section(s, `<table><thead><tr><th class="num">#</th><th>Step</th><th class="num">Planned</th><th class="num">Actual</th><th class="num">Difference</th></tr></thead><tbody>${rows.join('')}</tbody>${total}</table>${partly}`);
    }
    case 'next-steps': {
      const parts: string[] = [];
      if (s.next.activities.length) {
        parts.push(
          `<h3>Activities coming next</h3><table><thead><tr><th>Activity</th><th>Status</th><th>Owner</th><th>Date</th></tr></thead><tbody>` +
            s.next.activities.map((a) => `<tr><td>${e(a.title)}</td><td>${e(a.column)}</td><td>${e(a.owner ?? '')}</td><td>${a.date ? e(formatDate(a.date)) : ''}</td></tr>`).join('') +
            '</tbody></table>',
        );
      }
      if (s.next.asks.length) {
        parts.push(
          `<h3>Sponsor asks awaiting a decision</h3><table><thead><tr><th>Ask</th><th>Sponsor</th><th>Status</th></tr></thead><tbody>` +
            s.next.asks.map((a) => `<tr><td>${e(a.what)}${amountText(a) ? ` <span class="muted">(${e(amountText(a))})</span>` : ''}</td><td>${e(a.sponsor ?? '')}</td><td>${statusHtml(a)}</td></tr>`).join('') +
            '</tbody></table>',
        );
      }
      return section(s, parts.join(''));
    }
  }
}

const DENSE_NOTES = 200;

function notesList(notes: readonly SummaryNote[], showZone: boolean, dense: boolean): string {
  return `<ul class="notes${dense ? ' notes--dense' : ''}">${notes
    .map((n) => {
      const meta = [n.author ? `— ${n.author}` : '', showZone && n.zone ? n.zone : '', n.votes > 0 ? plural(n.votes, 'vote') : ''].filter(Boolean).join(' · ');
      return `<li class="note-item" style="background:${NOTE_FILL[n.color]};border-left-color:${NOTE_INK[n.color]}">${e(n.text)}${meta ? `<span class="note-meta">${e(meta)}</span>` : ''}</li>`;
    })
    .join('')}</ul>`;
}

function objectivesTable(objectives: readonly SummaryObjective[]): string {
  const rows = objectives.map((o) => {
    const latest = o.latest
      ? `${e(withUnit(o.latest.value, o.unit))} <span class="muted small">(${e(formatDate(o.latest.date))})</span>`
      : '<span class="muted">not measured yet</span>';
    return (
      `<tr><td>${e(o.indicator)}</td><td class="num">${e(withUnit(o.baseline, o.unit))} → ${e(withUnit(o.target, o.unit))}</td>` +
      `<td class="num">${o.dueDate ? e(formatDate(o.dueDate)) : ''}</td><td class="num">${latest}</td>` +
      `<td class="num progress">${progressHtml(o.progress)}</td></tr>`
    );
  });
  return `<table class="objectives"><thead><tr><th style="width:30%">Objective</th><th class="num" style="width:22%">Baseline → target</th><th class="num" style="width:12%">Due</th><th class="num" style="width:19%">Latest value</th><th class="num" style="width:17%">Progress</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function progressHtml(progress: number | null): string {
  if (progress === null) return '';
  const width = Math.round(Math.min(1, Math.max(0, progress)) * 100);
  return `<span class="bar"><span style="width:${width}%"></span></span>${e(formatPercent(progress))}`;
}

function activitiesTable(activities: readonly SummaryActivity[]): string {
  const rows = activities.map(
    (a) =>
      `<tr><td>${e(a.title)}${a.description.trim() ? `<span class="desc">${e(a.description)}</span>` : ''}</td><td>${e(a.typeLabel)}</td><td>${e(a.owner ?? '')}</td>` +
      `<td class="num">${a.date ? e(formatDate(a.date)) : ''}</td><td class="num">${a.effortHours === null ? '' : e(withUnit(a.effortHours, 'h'))}</td><td>${e(a.goals.join(', '))}</td></tr>`,
  );
  return `<table class="activities"><thead><tr><th style="width:32%">Activity</th><th style="width:14%">Type</th><th style="width:14%">Owner</th><th class="num" style="width:12%">Date</th><th class="num" style="width:8%">Effort</th><th style="width:20%">For goals</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const amountText = (a: SummaryAsk) => (a.amount === null ? '' : withUnit(a.amount, a.unit));
const statusHtml = (a: SummaryAsk) => `<span class="status status--${a.status}">${e(a.status)}</span>`;

function asksTable(asks: readonly SummaryAsk[]): string {
  const rows = asks.map(
    (a) =>
      `<tr><td>${e(a.what)}${a.notes.trim() ? `<span class="desc">${e(a.notes)}</span>` : ''}</td><td>${e(a.kindLabel)}</td><td class="amount">${e(amountText(a))}</td>` +
      `<td>${e(a.sponsor ?? '')}</td><td>${statusHtml(a)}</td><td>${e(a.goals.join(', '))}</td></tr>`,
  );
  return `<table><thead><tr><th style="width:32%">Ask</th><th>Kind</th><th class="amount">Amount</th><th>Sponsor</th><th>Status</th><th>For goals</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function chartHtml(c: SummaryChart): string {
  const o = c.objective;
  const title = `${c.goal}: ${o.indicator}`;
  const latest = o.latest ? `Latest: ${withUnit(o.latest.value, o.unit)} on ${formatDate(o.latest.date)}` : '';
  const progress = o.progress === null ? '' : ` — ${formatPercent(o.progress)} of the way from baseline to target`;
  return (
    `<figure class="chart-block"><h3>${e(title)}</h3>${chartSvg({ title, unit: o.unit, baseline: o.baseline, target: o.target, points: c.points })}` +
    `<figcaption>${e(`${latest}${progress}. ${plural(c.points.length, 'measurement')}.`)}</figcaption></figure>`
  );
}

function overrunHtml(planned: number, actual: number): string {
  const text = formatOverrun(planned, actual);
  const cls = text === 'on time' ? 'muted' : actual > planned ? 'over' : 'under';
  return `<span class="${cls}">${e(text)}</span>`;
}
