import { canvasSvg } from './canvas-svg';
import { chartSvg } from './chart-svg';
import { communityBriefHtml, communitySectionsHtml } from './community-summary';
import { escapeHtml as e } from './escape-html';
import { formatDate, formatDuration, formatNumber, formatOverrun, formatPercent, plural, withUnit } from './format';
import { NOTE_INK } from './note-palette';
import { PAGE_MARGINS_MM, PAGE_SIZES_MM, PT_PER_MM, type PageSize } from './page-layout';
import { printCss } from './print-css';
import type {
  Summary,
  SummaryActivity,
  SummaryAsk,
  SummaryChart,
  SummaryNote,
  SummaryObjective,
  SummarySection,
} from './summary-model';
import { BRIEF_LIMITS, BRIEF_TITLES } from './summary-model';

export type SummaryScope = 'full' | 'brief';

/**
 * The summary as one self-contained HTML document for the PDF engine: inline CSS, inline SVG, no script,
 * no remote content (its CSP says so too). Every piece of user text goes through `escapeHtml` (`e`).
 * Page 1 is the sponsor brief; `scope: 'brief'` prints it alone, `'full'` adds the appendix.
 */
export function renderSummaryHtml(summary: Summary, options: { pageSize: PageSize; scope?: SummaryScope }): string {
  const { titleBlock } = summary;
  const scope = options.scope ?? 'full';
  const docTitle = `${titleBlock.title.trim() || 'Workshop'} — ${scope === 'brief' ? 'sponsor brief' : 'summary'}`;
  const appendix = scope === 'full' ? appendixHtml(summary, options.pageSize) : '';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${e(docTitle)}</title>`,
    `<style>${printCss(options.pageSize, { footerLeft: footerText(titleBlock.title, titleBlock.date) })}</style>`,
    '</head><body>',
    briefHtml(summary, scope),
    appendix,
    '</body></html>',
  ].join('\n');
}

const block = (title: string, body: string, cls = '') => `<div class="brief-block${cls ? ` ${cls}` : ''}"><h2>${e(title)}</h2>${body}</div>`;
const moreLine = (n: number, one: string, many = `${one}s`) => (n > 0 ? `<p class="more">+ ${e(plural(n, one, many))} more in the appendix</p>` : '');

/** Page 1: the one-page sponsor brief. */
function briefHtml(summary: Summary, scope: SummaryScope): string {
  const b = summary.brief;
  const facts = [formatDate(b.date), plural(b.participantCount, 'participant'), b.facilitator.trim() ? `facilitated by ${b.facilitator.trim()}` : '']
    .filter(Boolean)
    .join(' · ');
  const next =
    `<div class="brief-next"><h2>${e(BRIEF_TITLES.nextSession)}</h2>` +
    (b.nextSessionDate ? `<p class="next-date">${e(formatDate(b.nextSessionDate))}</p>` : '<p class="muted">Not set yet.</p>') +
    '</div>';
  const head =
    '<header class="brief-head"><div class="brief-head__main">' +
    `<p class="kicker">${e(b.community.trim() ? `${clip(b.community.trim(), 80)} · ${BRIEF_TITLES.brief}` : BRIEF_TITLES.brief)}</p>` +
    `<h1>${e(clip(b.title.trim() || 'Workshop', 90))}</h1><p class="brief-facts">${e(facts)}</p>` +
    (b.domain.length ? `<p class="brief-domain"><strong>${e(BRIEF_TITLES.domain)}:</strong> ${e(clip(b.domain.join(' · '), 2 * TEXT))}</p>` : '') +
    `</div>${next}</header>`;
  const vision = block(BRIEF_TITLES.vision, b.vision ? `<p class="vision">${e(clip(b.vision, BRIEF_LIMITS.visionChars))}</p>` : '<p class="muted">No vision statement written yet.</p>', 'brief-vision');
  const themes = block(
    BRIEF_TITLES.themes,
    b.topThemes.length
      ? `<ol class="top-themes">${b.topThemes
          .map((t, i) => `<li><span class="rank" style="background:${NOTE_INK[t.color]}">${i + 1}</span><span class="top-name">${e(clip(t.name, TEXT))}</span><span class="votes">${e(plural(t.votes, 'vote'))}</span></li>`)
          .join('')}</ol>${moreLine(b.moreThemes, 'theme')}`
      : '<p class="muted">No themes yet.</p>',
  );
  const goals = block(
    BRIEF_TITLES.goals,
    b.goals.length
      ? `<ul class="brief-goals">${b.goals
          .map(
            (g) =>
              `<li><strong>${e(clip(g.title, TEXT))}</strong>${g.objectives
                .map((o) => `<span class="objective">${e(clip(o.indicator, TEXT))}: <span class="nowrap">${e(withUnit(o.baseline, o.unit))} → ${e(withUnit(o.target, o.unit))}</span>${o.dueDate ? ` by ${e(formatDate(o.dueDate))}` : ''}</span>`)
                .join('')}</li>`,
          )
          .join('')}</ul>${moreLine(b.moreGoals, 'goal')}`
      : '<p class="muted">No goals yet.</p>',
  );
  const ask = block(
    BRIEF_TITLES.ask,
    b.asks.length
      ? `<ul class="brief-asks">${b.asks
          .map(
            (a) =>
              `<li><span class="ask-head">${statusHtml(a)} <span class="ask-kind">${e(a.kindLabel)}</span>${amountText(a) ? ` <strong class="nowrap">${e(amountText(a))}</strong>` : ''}</span>` +
              `<span class="ask-what">${e(clip(a.what, TEXT))}${a.sponsor ? ` <span class="muted">— asked of ${e(a.sponsor)}</span>` : ''}</span></li>`,
          )
          .join('')}</ul>${moreLine(b.moreAsks, 'ask')}`
      : '<p class="muted">Nothing asked of sponsors yet.</p>',
    'brief-ask',
  );
  const activities = block(
    BRIEF_TITLES.activities,
    b.firstActivities.length
      ? `<ul class="brief-activities">${b.firstActivities
          .map(
            (a) =>
              `<li><strong>${e(clip(a.title, TEXT))}</strong><span class="muted">${e([a.typeLabel, a.owner ? `owner ${a.owner}` : 'no owner yet', a.date ? formatDate(a.date) : 'no date yet'].join(' · '))}</span></li>`,
          )
          .join('')}</ul>${moreLine(b.moreActivities, 'activity', 'activities')}`
      : '<p class="muted">No activities planned yet.</p>',
  );
  const tail = scope === 'full' && summary.sections.length ? `<p class="brief-tail">${e(`${BRIEF_TITLES.appendix}: ${summary.sections.map((s) => s.title.toLowerCase()).join(' · ')}.`)}</p>` : '';
  return `<section class="brief${scope === 'full' ? ' brief--then-appendix' : ''}">${head}${vision}<div class="brief-grid"><div>${themes}${goals}</div><div>${ask}${activities}${communityBriefHtml(summary.community, clip)}</div></div>${tail}</section>`;
}

const TEXT = BRIEF_LIMITS.textChars;

/** Page 1 must stay one page: very long user text is cut there (with "…"); the appendix has it whole. */
function clip(text: string, max: number): string {
  const flat = text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
  return flat;
}

function footerText(title: string, date: string): string {
  return [title.trim() || 'Workshop summary', formatDate(date)].join(' · ');
}

function appendixHtml(summary: Summary, pageSize: PageSize): string {
  return summary.sections.map((s) => sectionHtml(s, pageSize)).join('') + communitySectionsHtml(summary.community);
}

const section = (s: SummarySection, body: string) => `<section class="section section--${s.kind}"><h2>${e(s.title)}</h2>${body}</section>`;

function sectionHtml(s: SummarySection, pageSize: PageSize): string {
  switch (s.kind) {
    case 'canvas': {
      const { zones, notes, themes } = s.picture;
      const caption = `${plural(notes.length, 'note')} in ${plural(zones.length, 'zone')}; their text is listed zone by zone, with the same numbers, after this page.${themes.length ? ' Dashed outlines mark the themes, numbered by rank:' : ''}`;
      const legend = themes
        .map((t, i) => `<li><span class="badge" style="background:${NOTE_INK[t.color]}">${i + 1}</span>${e(t.name)}</li>`)
        .join('');
      const legendRows = Math.ceil(themes.length / 3);
      const box = landscapeBox(pageSize, legendRows);
      const picture = canvasSvg(s.picture, 'The vision canvas: zones, notes and themes', { widthPt: box.widthPt, heightPt: box.heightPt, minFontPt: MIN_FONT_PT });
      const total = s.zones.reduce((n, z) => n + z.notes.length, 0);
      const dense = total > DENSE_NOTES;
      return (
        `<section class="section section--canvas canvas-page"><h2>${e(s.title)}</h2><figure>${picture}<figcaption>${e(caption)}${legend ? `<ol class="legend">${legend}</ol>` : ''}</figcaption></figure></section>` +
        `<section class="section section--notes"><h2>${e(NOTES_BY_ZONE)}</h2>${s.zones
          .map((z) => `<div class="zone-block"><h3>${e(z.title)} <span class="muted small">(${e(plural(z.notes.length, 'note'))})</span></h3>${notesList(z.notes, dense)}</div>`)
          .join('')}</section>`
      );
    }
    case 'themes': {
      const rows = s.themes.map((t, i) => {
        const numbers = t.notes.map((n) => n.number).sort((a, b) => a - b);
        const shown = numbers.length > 16 ? `${numbers.slice(0, 16).join(', ')}…` : numbers.join(', ');
        return (
          `<tr><td class="num"><span class="rank" style="background:${NOTE_INK[t.color]}">${i + 1}</span></td><td>${e(t.name)}</td><td class="num"><strong>${e(formatNumber(t.votes))}</strong></td>` +
          `<td>${e(plural(t.notes.length, 'note'))}${shown ? ` <span class="muted">(${e(shown)})</span>` : ''}</td></tr>`
        );
      });
      return section(
        s,
        `<table class="themes"><thead><tr><th class="num" style="width:8%">Rank</th><th style="width:42%">Theme</th><th class="num" style="width:10%">Votes</th><th style="width:40%">Notes (numbers as in the notes by zone)</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
          (s.unthemed.length ? `<p class="small muted">${e(`${plural(s.unthemed.length, 'note')} not in a theme.`)}</p>` : ''),
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
    case 'members': {
      const m = s.members;
      const counts = m.groups.map((g) => `${formatNumber(g.members.length)} ${g.label.toLowerCase()}`).join(', ');
      return section(
        s,
        `<p>${e(`${plural(m.total, 'member')}: ${counts}. ${formatNumber(m.presentCount)} ${m.presentCount === 1 ? 'was' : 'were'} at the workshop${m.presentCount ? ' (names in bold)' : ''}.`)}</p>` +
          `<dl class="members">${m.groups
            .map((g) => `<dt>${e(g.label)} (${g.members.length})</dt><dd>${g.members.map((x) => (x.present ? `<strong>${e(x.name)}</strong>` : e(x.name))).join(', ')}</dd>`)
            .join('')}</dl>`,
      );
    }
    case 'impact':
      return section(s, s.charts.map(chartHtml).join(''));
    case 'agenda': {
      if (s.steps.length === 0) {
        return section(s, `<p>${e(`The timer was not used during this workshop, so there is no actual time to show. The agenda planned ${plural(s.stepCount, 'step')}, ${formatDuration(s.plannedSeconds)} in all.`)}</p>`);
      }
      const planned = s.steps.reduce((n, st) => n + st.plannedSeconds, 0);
      const actual = s.steps.reduce((n, st) => n + (st.actualSeconds ?? 0), 0);
      const rows = s.steps.map(
        (st) =>
          `<tr><td>${e(st.title)}</td><td class="num">${e(formatDuration(st.plannedSeconds))}</td><td class="num">${e(formatDuration(st.actualSeconds ?? 0))}</td><td class="num">${overrunHtml(st.plannedSeconds, st.actualSeconds ?? 0)}</td></tr>`,
      );
      const total = `<tfoot><tr><td>Total of the timed steps</td><td class="num">${e(formatDuration(planned))}</td><td class="num">${e(formatDuration(actual))}</td><td class="num">${overrunHtml(planned, actual)}</td></tr></tfoot>`;
      const untimed = s.stepCount - s.steps.length;
      const partly = untimed > 0 ? `<p class="small muted">${e(`Only the ${plural(s.steps.length, 'step')} run with the timer ${s.steps.length === 1 ? 'is' : 'are'} shown; ${plural(untimed, 'step was', 'steps were')} not timed.`)}</p>` : '';
      return section(s, `${partly}<table><thead><tr><th>Step</th><th class="num">Planned</th><th class="num">Actual</th><th class="num">Difference</th></tr></thead><tbody>${rows.join('')}</tbody>${total}</table>`);
    }
  }
}

/** The smallest type in the PDF (the running footer is exactly 8 pt). */
export const MIN_FONT_PT = 8.5;

const NOTES_BY_ZONE = 'Notes by zone';

/** The printable box of the canvas page (landscape), in points, leaving room for its heading and legend. */
function landscapeBox(pageSize: PageSize, legendRows: number): { widthPt: number; heightPt: number } {
  const [short, long] = PAGE_SIZES_MM[pageSize];
  const widthMm = long - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;
  const heightMm = short - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom - 16 - 10 - legendRows * 5.5;
  return { widthPt: widthMm * PT_PER_MM, heightPt: Math.max(40, heightMm) * PT_PER_MM };
}

const DENSE_NOTES = 200;

function notesList(notes: readonly SummaryNote[], dense: boolean): string {
  return `<ol class="notes${dense ? ' notes--dense' : ''}">${notes
    .map((n) => {
      const meta = [n.themeRank !== null ? `theme ${n.themeRank}` : '', n.votes > 0 ? plural(n.votes, 'vote') : '', n.author ? `— ${n.author}` : ''].filter(Boolean).join(' · ');
      return `<li class="note-item note--${n.color}"><span class="note-num">${n.number}</span>${e(n.text)}${meta ? `<span class="note-meta">${e(meta)}</span>` : ''}</li>`;
    })
    .join('')}</ol>`;
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
