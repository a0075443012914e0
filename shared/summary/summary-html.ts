import { canvasSvg } from './canvas-svg';
import { chartSvg } from './chart-svg';
import { communityBriefHtml, communitySectionsHtml } from './community-summary';
import { escapeHtml as e } from './escape-html';
import { summaryFormat, type SummaryFormat } from './format';
import { NOTE_INK } from './note-palette';
import { PAGE_MARGINS_MM, PAGE_SIZES_MM, PT_PER_MM, type PageSize } from './page-layout';
import { printCss } from './print-css';
import { chartCaption, membersSentence, noteMeta, partlyTimed } from './summary-text';
import type { Summary, SummaryActivity, SummaryAsk, SummaryChart, SummaryNote, SummaryObjective, SummarySection } from './summary-model';
import { BRIEF_LIMITS, briefTitles } from './summary-model';

export type SummaryScope = 'full' | 'brief';

/**
 * The summary as one self-contained HTML document for the PDF engine: inline CSS, inline SVG, no script,
 * no remote content (its CSP says so too). Every piece of user text goes through `escapeHtml` (`e`).
 * Page 1 is the sponsor brief; `scope: 'brief'` prints it alone, `'full'` adds the appendix.
 */
export function renderSummaryHtml(summary: Summary, options: { pageSize: PageSize; scope?: SummaryScope }): string {
  const { titleBlock } = summary;
  const f = summaryFormat(summary.language);
  const { t } = f;
  const scope = options.scope ?? 'full';
  const docTitle = t(`summary.documentTitle.${scope}`, { title: titleBlock.title.trim() || t('summary.untitled') });
  const appendix = scope === 'full' ? appendixHtml(summary, options.pageSize, f) : '';
  return [
    '<!doctype html>',
    `<html lang="${summary.language}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${e(docTitle)}</title>`,
    `<style>${printCss(options.pageSize, { footerLeft: footerText(titleBlock.title, titleBlock.date, f), pageNumber: t('summary.page') })}</style>`,
    '</head><body>',
    briefHtml(summary, scope, f),
    appendix,
    '</body></html>',
  ].join('\n');
}

const block = (title: string, body: string, cls = '') =>
  `<div class="brief-block${cls ? ` ${cls}` : ''}"><h2>${e(title)}</h2>${body}</div>`;
type MoreKey = 'moreThemes' | 'moreGoals' | 'moreAsks' | 'moreActivities';
const moreLine = (f: SummaryFormat, n: number, key: MoreKey) =>
  n > 0 ? `<p class="more">${e(f.t(`summary.brief.${key}`, { count: n, n: f.number(n) }))}</p>` : '';

/** Page 1: the one-page sponsor brief. */
function briefHtml(summary: Summary, scope: SummaryScope, f: SummaryFormat): string {
  const b = summary.brief;
  const { t } = f;
  const BRIEF_TITLES = briefTitles(f.language);
  const facts = [
    f.date(b.date),
    f.count('participants', b.participantCount),
    b.facilitator.trim() ? t('summary.brief.facilitatedBy', { name: b.facilitator.trim() }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const next =
    `<div class="brief-next"><h2>${e(BRIEF_TITLES.nextSession)}</h2>` +
    (b.nextSessionDate
      ? `<p class="next-date">${e(f.date(b.nextSessionDate))}</p>`
      : `<p class="muted">${e(t('summary.brief.notSet'))}</p>`) +
    '</div>';
  const head =
    '<header class="brief-head"><div class="brief-head__main">' +
    `<p class="kicker">${e(b.community.trim() ? `${clip(b.community.trim(), 80)} · ${BRIEF_TITLES.brief}` : BRIEF_TITLES.brief)}</p>` +
    `<h1>${e(clip(b.title.trim() || t('summary.untitled'), 90))}</h1><p class="brief-facts">${e(facts)}</p>` +
    (b.domain.length
      ? `<p class="brief-domain"><strong>${e(t('summary.label', { label: BRIEF_TITLES.domain }))}</strong> ${e(clip(b.domain.join(' · '), 2 * TEXT))}</p>`
      : '') +
    `</div>${next}</header>`;
  const vision = block(
    BRIEF_TITLES.vision,
    b.vision
      ? `<p class="vision">${e(clip(b.vision, BRIEF_LIMITS.visionChars))}</p>`
      : `<p class="muted">${e(t('summary.brief.noVision'))}</p>`,
    'brief-vision',
  );
  const themes = block(
    BRIEF_TITLES.themes,
    b.topThemes.length
      ? `<ol class="top-themes">${b.topThemes
          .map(
            (theme, i) =>
              `<li><span class="rank" style="background:${NOTE_INK[theme.color]}">${i + 1}</span><span class="top-name">${e(clip(theme.name, TEXT))}</span><span class="votes">${e(f.count('votes', theme.votes))}</span></li>`,
          )
          .join('')}</ol>${moreLine(f, b.moreThemes, 'moreThemes')}`
      : `<p class="muted">${e(t('summary.brief.noThemes'))}</p>`,
  );
  const goals = block(
    BRIEF_TITLES.goals,
    b.goals.length
      ? `<ul class="brief-goals">${b.goals
          .map(
            (g) =>
              `<li><strong>${e(clip(g.title, TEXT))}</strong>${g.objectives
                .map(
                  (o) =>
                    `<span class="objective">${e(t('summary.label', { label: clip(o.indicator, TEXT) }))} <span class="nowrap">${e(f.withUnit(o.baseline, o.unit))} → ${e(f.withUnit(o.target, o.unit))}</span>${o.dueDate ? ` ${e(t('summary.brief.by', { date: f.date(o.dueDate) }))}` : ''}</span>`,
                )
                .join('')}</li>`,
          )
          .join('')}</ul>${moreLine(f, b.moreGoals, 'moreGoals')}`
      : `<p class="muted">${e(t('summary.brief.noGoals'))}</p>`,
  );
  const ask = block(
    BRIEF_TITLES.ask,
    b.asks.length
      ? `<ul class="brief-asks">${b.asks
          .map(
            (a) =>
              `<li><span class="ask-head">${statusHtml(a)} <span class="ask-kind">${e(a.kindLabel)}</span>${amountText(a, f) ? ` <strong class="nowrap">${e(amountText(a, f))}</strong>` : ''}</span>` +
              `<span class="ask-what">${e(clip(a.what, TEXT))}${a.sponsor ? ` <span class="muted">${e(t('summary.brief.askedOf', { name: a.sponsor }))}</span>` : ''}</span></li>`,
          )
          .join('')}</ul>${moreLine(f, b.moreAsks, 'moreAsks')}`
      : `<p class="muted">${e(t('summary.brief.noAsks'))}</p>`,
    'brief-ask',
  );
  const activities = block(
    BRIEF_TITLES.activities,
    b.firstActivities.length
      ? `<ul class="brief-activities">${b.firstActivities
          .map(
            (a) =>
              `<li><strong>${e(clip(a.title, TEXT))}</strong><span class="muted">${e([a.typeLabel, a.owner ? t('summary.brief.owner', { name: a.owner }) : t('summary.brief.noOwner'), a.date ? f.date(a.date) : t('summary.brief.noDate')].join(' · '))}</span></li>`,
          )
          .join('')}</ul>${moreLine(f, b.moreActivities, 'moreActivities')}`
      : `<p class="muted">${e(t('summary.brief.noActivities'))}</p>`,
  );
  const tail =
    scope === 'full' && summary.sections.length
      ? `<p class="brief-tail">${e(t('summary.brief.appendixList', { sections: summary.sections.map((s) => s.title.toLocaleLowerCase(f.language)).join(' · ') }))}</p>`
      : '';
  return `<section class="brief${scope === 'full' ? ' brief--then-appendix' : ''}">${head}${vision}<div class="brief-grid"><div>${themes}${goals}</div><div>${ask}${activities}${communityBriefHtml(summary.community, clip)}</div></div>${tail}</section>`;
}

const TEXT = BRIEF_LIMITS.textChars;

/** Page 1 must stay one page: very long user text is cut there (with "…"); the appendix has it whole. */
function clip(text: string, max: number): string {
  const flat = text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
  return flat;
}

function footerText(title: string, date: string, f: SummaryFormat): string {
  return [title.trim() || f.t('summary.untitledSummary'), f.date(date)].join(' · ');
}

function appendixHtml(summary: Summary, pageSize: PageSize, f: SummaryFormat): string {
  return summary.sections.map((s) => sectionHtml(s, pageSize, f)).join('') + communitySectionsHtml(summary.community);
}

const section = (s: SummarySection, body: string) => `<section class="section section--${s.kind}"><h2>${e(s.title)}</h2>${body}</section>`;

function sectionHtml(s: SummarySection, pageSize: PageSize, f: SummaryFormat): string {
  const { t } = f;
  switch (s.kind) {
    case 'canvas': {
      const { zones, notes, themes } = s.picture;
      const caption = `${t('summary.canvas.caption', { count: zones.length, n: f.number(zones.length), notes: f.count('notes', notes.length) })}${themes.length ? ` ${t('summary.canvas.captionThemes')}` : ''}`;
      const legend = themes
        .map((theme, i) => `<li><span class="badge" style="background:${NOTE_INK[theme.color]}">${i + 1}</span>${e(theme.name)}</li>`)
        .join('');
      const legendRows = Math.ceil(themes.length / 3);
      const box = landscapeBox(pageSize, legendRows);
      const picture = canvasSvg(s.picture, t('summary.canvas.pictureLabel'), {
        widthPt: box.widthPt,
        heightPt: box.heightPt,
        minFontPt: MIN_FONT_PT,
      });
      const total = s.zones.reduce((n, z) => n + z.notes.length, 0);
      const dense = total > DENSE_NOTES;
      return (
        `<section class="section section--canvas canvas-page"><h2>${e(s.title)}</h2><figure>${picture}<figcaption>${e(caption)}${legend ? `<ol class="legend">${legend}</ol>` : ''}</figcaption></figure></section>` +
        `<section class="section section--notes"><h2>${e(t('summary.canvas.notesByZone'))}</h2>${s.zones
          .map(
            (z) =>
              `<div class="zone-block"><h3>${e(z.title)} <span class="muted small">(${e(f.count('notes', z.notes.length))})</span></h3>${notesList(z.notes, dense, f)}</div>`,
          )
          .join('')}</section>`
      );
    }
    case 'themes': {
      const rows = s.themes.map((theme, i) => {
        const numbers = theme.notes.map((n) => n.number).sort((a, b) => a - b);
        const shown = numbers.length > 16 ? `${numbers.slice(0, 16).join(', ')}…` : numbers.join(', ');
        return (
          `<tr><td class="num"><span class="rank" style="background:${NOTE_INK[theme.color]}">${i + 1}</span></td><td>${e(theme.name)}</td><td class="num"><strong>${e(f.number(theme.votes))}</strong></td>` +
          `<td>${e(f.count('notes', theme.notes.length))}${shown ? ` <span class="muted">(${e(shown)})</span>` : ''}</td></tr>`
        );
      });
      return section(
        s,
        `<table class="themes"><thead><tr><th class="num" style="width:8%">${e(t('summary.themes.rank'))}</th><th style="width:42%">${e(t('summary.themes.theme'))}</th><th class="num" style="width:10%">${e(t('summary.themes.votes'))}</th><th style="width:40%">${e(t('summary.themes.notesNumbered'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
          (s.unthemed.length
            ? `<p class="small muted">${e(t('summary.themes.unthemed', { count: s.unthemed.length, n: f.number(s.unthemed.length) }))}</p>`
            : ''),
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
              (g.themes.length ? `<p class="small muted">${e(t('summary.goals.fromThemes', { themes: g.themes.join(', ') }))}</p>` : '') +
              (g.objectives.length ? objectivesTable(g.objectives, f) : `<p class="muted">${e(t('summary.goals.noObjective'))}</p>`) +
              '</div>',
          )
          .join(''),
      );
    case 'backlog':
      return section(
        s,
        s.columns
          .map(
            (c) =>
              `<h3>${e(c.title)} <span class="muted small">(${e(f.count('activities', c.activities.length))})</span></h3>${activitiesTable(c.activities, f)}`,
          )
          .join(''),
      );
    case 'asks':
      return section(s, asksTable(s.asks, f));
    case 'members': {
      const m = s.members;
      return section(
        s,
        `<p>${e(membersSentence(m, f))}</p>` +
          `<dl class="members">${m.groups
            .map(
              (g) =>
                `<dt>${e(g.label)} (${g.members.length})</dt><dd>${g.members.map((x) => (x.present ? `<strong>${e(x.name)}</strong>` : e(x.name))).join(', ')}</dd>`,
            )
            .join('')}</dl>`,
      );
    }
    case 'impact':
      return section(s, s.charts.map((c) => chartHtml(c, f)).join(''));
    case 'agenda': {
      if (s.steps.length === 0) {
        return section(
          s,
          `<p>${e(t('summary.agenda.notUsed', { count: s.stepCount, n: f.number(s.stepCount), duration: f.duration(s.plannedSeconds) }))}</p>`,
        );
      }
      const planned = s.steps.reduce((n, st) => n + st.plannedSeconds, 0);
      const actual = s.steps.reduce((n, st) => n + (st.actualSeconds ?? 0), 0);
      const rows = s.steps.map(
        (st) =>
          `<tr><td>${e(st.title)}</td><td class="num">${e(f.duration(st.plannedSeconds))}</td><td class="num">${e(f.duration(st.actualSeconds ?? 0))}</td><td class="num">${overrunHtml(st.plannedSeconds, st.actualSeconds ?? 0, f)}</td></tr>`,
      );
      const total = `<tfoot><tr><td>${e(t('summary.agenda.total'))}</td><td class="num">${e(f.duration(planned))}</td><td class="num">${e(f.duration(actual))}</td><td class="num">${overrunHtml(planned, actual, f)}</td></tr></tfoot>`;
      const untimed = s.stepCount - s.steps.length;
      const partly = untimed > 0 ? `<p class="small muted">${e(partlyTimed(s.steps.length, untimed, f))}</p>` : '';
      const head = [t('summary.agenda.step'), t('summary.agenda.planned'), t('summary.agenda.actual'), t('summary.agenda.difference')]
        .map((h, i) => `<th${i ? ' class="num"' : ''}>${e(h)}</th>`)
        .join('');
      return section(s, `${partly}<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody>${total}</table>`);
    }
  }
}

/** The smallest type in the PDF (the running footer is exactly 8 pt). */
export const MIN_FONT_PT = 8.5;

/** The printable box of the canvas page (landscape), in points, leaving room for its heading and legend. */
function landscapeBox(pageSize: PageSize, legendRows: number): { widthPt: number; heightPt: number } {
  const [short, long] = PAGE_SIZES_MM[pageSize];
  const widthMm = long - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;
  const heightMm = short - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom - 16 - 10 - legendRows * 5.5;
  return { widthPt: widthMm * PT_PER_MM, heightPt: Math.max(40, heightMm) * PT_PER_MM };
}

const DENSE_NOTES = 200;

function notesList(notes: readonly SummaryNote[], dense: boolean, f: SummaryFormat): string {
  return `<ol class="notes${dense ? ' notes--dense' : ''}">${notes
    .map((n) => {
      const meta = noteMeta(n, f, (text) => text);
      return `<li class="note-item note--${n.color}"><span class="note-num">${n.number}</span>${e(n.text)}${meta ? `<span class="note-meta">${e(meta)}</span>` : ''}</li>`;
    })
    .join('')}</ol>`;
}

function objectivesTable(objectives: readonly SummaryObjective[], f: SummaryFormat): string {
  const { t } = f;
  const rows = objectives.map((o) => {
    const latest = o.latest
      ? `${e(f.withUnit(o.latest.value, o.unit))} <span class="muted small">(${e(f.shortDate(o.latest.date))})</span>`
      : `<span class="muted">${e(t('summary.goals.notMeasured'))}</span>`;
    return (
      `<tr><td>${e(o.indicator)}</td><td class="num">${e(f.withUnit(o.baseline, o.unit))} → ${e(f.withUnit(o.target, o.unit))}</td>` +
      `<td class="num">${o.dueDate ? e(f.shortDate(o.dueDate)) : ''}</td><td class="num">${latest}</td>` +
      `<td class="num progress">${progressHtml(o.progress, f)}</td></tr>`
    );
  });
  return `<table class="objectives"><thead><tr><th style="width:30%">${e(t('summary.goals.objective'))}</th><th class="num" style="width:22%">${e(t('summary.goals.baselineTarget'))}</th><th class="num" style="width:12%">${e(t('summary.goals.due'))}</th><th class="num" style="width:19%">${e(t('summary.goals.latestValue'))}</th><th class="num" style="width:17%">${e(t('summary.goals.progress'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function progressHtml(progress: number | null, f: SummaryFormat): string {
  if (progress === null) return '';
  const width = Math.round(Math.min(1, Math.max(0, progress)) * 100);
  return `<span class="bar"><span style="width:${width}%"></span></span>${e(f.percent(progress))}`;
}

function activitiesTable(activities: readonly SummaryActivity[], f: SummaryFormat): string {
  const { t } = f;
  const rows = activities.map(
    (a) =>
      `<tr><td>${e(a.title)}${a.description.trim() ? `<span class="desc">${e(a.description)}</span>` : ''}</td><td>${e(a.typeLabel)}</td><td>${e(a.owner ?? '')}</td>` +
      `<td class="num">${a.date ? e(f.shortDate(a.date)) : ''}</td><td class="num">${a.effortHours === null ? '' : e(f.withUnit(a.effortHours, 'h'))}</td><td>${e(a.goals.join(', '))}</td></tr>`,
  );
  return `<table class="activities"><thead><tr><th style="width:32%">${e(t('summary.backlog.activity'))}</th><th style="width:14%">${e(t('summary.backlog.type'))}</th><th style="width:14%">${e(t('summary.backlog.owner'))}</th><th class="num" style="width:12%">${e(t('summary.backlog.date'))}</th><th class="num" style="width:8%">${e(t('summary.backlog.effort'))}</th><th style="width:20%">${e(t('summary.backlog.forGoals'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const amountText = (a: SummaryAsk, f: SummaryFormat) => (a.amount === null ? '' : f.withUnit(a.amount, a.unit));
const statusHtml = (a: SummaryAsk) => `<span class="status status--${a.status}">${e(a.statusLabel)}</span>`;

function asksTable(asks: readonly SummaryAsk[], f: SummaryFormat): string {
  const { t } = f;
  const rows = asks.map(
    (a) =>
      `<tr><td>${e(a.what)}${a.notes.trim() ? `<span class="desc">${e(a.notes)}</span>` : ''}</td><td>${e(a.kindLabel)}</td><td class="amount">${e(amountText(a, f))}</td>` +
      `<td>${e(a.sponsor ?? '')}</td><td>${statusHtml(a)}</td><td>${e(a.goals.join(', '))}</td></tr>`,
  );
  return `<table><thead><tr><th style="width:32%">${e(t('summary.asks.ask'))}</th><th>${e(t('summary.asks.kind'))}</th><th class="amount">${e(t('summary.asks.amount'))}</th><th>${e(t('summary.asks.sponsor'))}</th><th>${e(t('summary.asks.status'))}</th><th>${e(t('summary.backlog.forGoals'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function chartHtml(c: SummaryChart, f: SummaryFormat): string {
  const o = c.objective;
  const title = f.t('summary.label', { label: c.goal }) + ` ${o.indicator}`;
  return (
    `<figure class="chart-block"><h3>${e(title)}</h3>${chartSvg({ title, unit: o.unit, baseline: o.baseline, target: o.target, points: c.points }, f)}` +
    `<figcaption>${e(chartCaption(c, f))}</figcaption></figure>`
  );
}

function overrunHtml(planned: number, actual: number, f: SummaryFormat): string {
  const text = f.overrun(planned, actual);
  const cls = Math.abs(Math.round(actual - planned)) < 30 ? 'muted' : actual > planned ? 'over' : 'under';
  return `<span class="${cls}">${e(text)}</span>`;
}
