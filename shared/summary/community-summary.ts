import { currentStage, WEBBER_STAGE_OF } from '../domain/community-stages';
import { workshopsOf } from '../domain/community-workshops';
import {
  healthCheckReport,
  trendHasHistory,
  type HealthCheckReport,
  type HealthDimensionResult,
  type HealthHistory,
} from '../domain/health-check';
import { bestStories, storiesNewestFirst } from '../domain/value-stories';
import { translator, type Language, type Translate } from '../i18n';
import type { ValueStory, Workshop } from '../schema';
import { escapeHtml as e } from './escape-html';
import { formatDate as formatDateIn } from './format';

/**
 * The community's part of the summary (schema version 2): the latest health check with its trend, the value
 * stories, the stage. The numbers come from `healthCheckReport`, the function the Impact view and the projector
 * call too. Texts from the `community` catalogue (`t`, English unless told).
 */

export interface SummaryStory {
  id: string;
  title: string;
  date: string;
  happened: string;
  beneficiaries: string;
  cycle: string;
  activity: string | null;
  goal: string | null;
  indicators: string;
}

export interface SummaryHealthRow {
  dimension: string;
  counts: string;
  score: string;
  previous: string;
  trend: string;
  felt: string;
}

/** The trend across checks (at least two answered): a score per dimension and check, and its line. */
export interface SummaryHealthTrend {
  caption: string;
  headers: string[];
  rows: { dimension: string; scores: string[]; line: (number | null)[]; overall: boolean }[];
}

export interface CommunitySummary {
  health: {
    title: string;
    heading: string;
    respondents: string;
    comparison: string;
    overall: string;
    rows: SummaryHealthRow[];
    headers: string[];
    trend: SummaryHealthTrend | null;
  } | null;
  stories: { title: string; stories: SummaryStory[] } | null;
  /** For the brief: the best stories (at most 2) and the stage line. */
  briefStories: SummaryStory[];
  briefTitle: string;
  stage: string | null;
  /** The community's workshops, oldest first, when there is more than one. */
  workshops: { title: string; items: string[] } | null;
}

const BRIEF_STORIES = 2;

/** One line of the direction of a dimension: "▲ better (+50)". */
export function directionText(t: Translate, d: Pick<HealthDimensionResult, 'direction' | 'change'>): string {
  return t(`community.health.direction.${d.direction}`, { change: d.change ?? 0 });
}

export function healthRows(t: Translate, report: HealthCheckReport): SummaryHealthRow[] {
  return report.dimensions.map((d) => ({
    dimension: t(`community.dimensionName.${d.dimension}`),
    counts: (['good', 'mixed', 'poor'] as const).map((l) => `${t(`community.level.${l}`)} ${d.levels[l]}`).join(' · '),
    score: d.score === null ? t('community.health.noAnswer') : t('community.health.scoreOf', { score: d.score }),
    previous: d.previousScore === null ? '—' : t('community.health.scoreOf', { score: d.previousScore }),
    trend: d.score === null ? '—' : directionText(t, d),
    felt: (['better', 'same', 'worse'] as const).map((x) => `${t(`community.trendAnswer.${x}`)} ${d.trends[x]}`).join(' · '),
  }));
}

/** The trend table of the summary, from the report's history (the numbers the Impact view shows). */
export function healthTrendOf(t: Translate, history: HealthHistory, formatDate: (iso: string) => string): SummaryHealthTrend | null {
  if (!trendHasHistory(history)) return null;
  const cell = (score: number | null) => (score === null ? '—' : String(score));
  return {
    caption: t('community.health.trendTitle', { count: history.checks.length }),
    headers: [t('community.health.dimension'), ...history.checks.map((c) => formatDate(c.date)), t('community.health.trendLine')],
    rows: [
      ...history.dimensions.map((d) => ({
        dimension: t(`community.dimensionName.${d.dimension}`),
        scores: d.scores.map(cell),
        line: d.scores,
        overall: false,
      })),
      {
        dimension: t('community.health.trendOverall'),
        scores: history.checks.map((c) => cell(c.overall)),
        line: history.checks.map((c) => c.overall),
        overall: true,
      },
    ],
  };
}

export function buildCommunitySummary(doc: Workshop, t: Translate = translator('en'), language: Language = 'en'): CommunitySummary {
  const formatDate = (iso: string) => formatDateIn(iso, language);
  const report = healthCheckReport(doc);
  const activityTitle = new Map(doc.backlog.activities.map((a) => [a.id, a.title]));
  const goalTitle = new Map(doc.goals.map((g) => [g.id, g.title]));
  const toStory = (s: ValueStory): SummaryStory => ({
    id: s.id,
    title: s.title,
    date: formatDate(s.date),
    happened: s.happened,
    beneficiaries: s.beneficiaries,
    cycle: t(`community.cycleName.${s.cycle}`),
    activity: s.activityId ? (activityTitle.get(s.activityId) ?? null) : null,
    goal: s.goalId ? (goalTitle.get(s.goalId) ?? null) : null,
    indicators: s.indicators,
  });
  const stage = currentStage(doc);
  const all = workshopsOf(doc);
  return {
    workshops:
      all.length > 1
        ? {
            title: t('community.summary.workshopsTitle'),
            items: all.map((w) => `${w.title.trim() || '—'} (${t(`community.kind.${w.kind}`)}, ${formatDate(w.date)})`),
          }
        : null,
    health: report
      ? {
          title: t('community.summary.healthTitle'),
          heading: t('community.health.checkOf', { date: formatDate(report.date) }),
          respondents: t('community.health.respondents', { count: report.respondents }),
          comparison: report.previous
            ? t('community.health.compared', { date: formatDate(report.previous.date) })
            : t('community.health.firstCheck'),
          overall:
            report.overall === null
              ? ''
              : report.previousOverall === null
                ? t('community.health.overall', { score: report.overall })
                : t('community.health.overallChange', { score: report.overall, previous: report.previousOverall }),
          headers: [
            t('community.health.dimension'),
            t('community.health.results'),
            t('community.health.score'),
            t('community.health.previous'),
            t('community.health.trend'),
            t('community.health.felt'),
          ],
          rows: healthRows(t, report),
          trend: healthTrendOf(t, report.history, formatDate),
        }
      : null,
    stories: doc.community.stories.length
      ? { title: t('community.summary.storiesTitle'), stories: storiesNewestFirst(doc).map(toStory) }
      : null,
    briefStories: bestStories(doc, BRIEF_STORIES).map(toStory),
    briefTitle: t('community.summary.storiesTitle'),
    stage: stage
      ? `${t('community.summary.stageTitle')}: ${t(`community.stageName.${stage.stage}`)} (${t('community.stage.webber', { stage: t(`community.webberStage.${WEBBER_STAGE_OF[stage.stage]}`) })})`
      : null,
  };
}

const storyMeta = (s: SummaryStory) =>
  [s.date, s.cycle, s.beneficiaries.trim(), s.activity ?? '', s.goal ?? ''].filter(Boolean).join(' · ');

/** The appendix sections, as HTML. */
export function communitySectionsHtml(c: CommunitySummary): string {
  let out = '';
  if (c.workshops) {
    out += `<section class="section section--workshops"><h2>${e(c.workshops.title)}</h2><ol>${c.workshops.items.map((x) => `<li>${e(x)}</li>`).join('')}</ol></section>`;
  }
  if (c.health) {
    const h = c.health;
    out +=
      `<section class="section section--health"><h2>${e(h.title)}</h2>` +
      `<p><strong>${e(h.heading)}</strong> · ${e(h.respondents)}. ${e(h.comparison)}${h.overall ? ` ${e(h.overall)}.` : ''}</p>` +
      `<table class="health"><thead><tr>${h.headers.map((x) => `<th>${e(x)}</th>`).join('')}</tr></thead><tbody>` +
      h.rows
        .map(
          (r) =>
            `<tr><td>${e(r.dimension)}</td><td>${e(r.counts)}</td><td class="nowrap">${e(r.score)}</td><td class="nowrap">${e(r.previous)}</td><td class="nowrap">${e(r.trend)}</td><td>${e(r.felt)}</td></tr>`,
        )
        .join('') +
      '</tbody></table>' +
      (h.trend ? healthTrendHtml(h.trend) : '') +
      '</section>';
  }
  if (c.stories) {
    out +=
      `<section class="section section--stories"><h2>${e(c.stories.title)}</h2>` +
      c.stories.stories
        .map(
          (s) =>
            `<div class="story"><h3>${e(s.title)}</h3><p class="muted">${e(storyMeta(s))}</p>` +
            (s.happened.trim() ? `<p>${e(s.happened)}</p>` : '') +
            (s.indicators.trim() ? `<p><em>${e(s.indicators)}</em></p>` : '') +
            '</div>',
        )
        .join('') +
      '</section>';
  }
  return out;
}

const LINE_W = 90;
const LINE_H = 22;

/** A score line (0–100) as vector SVG: gaps where a dimension was not asked. */
function trendLineSvg(scores: readonly (number | null)[]): string {
  const n = scores.length;
  const x = (i: number) => Math.round((n === 1 ? LINE_W / 2 : 4 + (i / (n - 1)) * (LINE_W - 8)) * 10) / 10;
  const y = (v: number) => Math.round((LINE_H - 3 - (v / 100) * (LINE_H - 6)) * 10) / 10;
  const runs: string[][] = [];
  let previous = false;
  scores.forEach((v, i) => {
    if (v === null) return void (previous = false);
    if (!previous) runs.push([]);
    runs[runs.length - 1]!.push(`${x(i)},${y(v)}`);
    previous = true;
  });
  return (
    `<svg class="trend-line" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LINE_W} ${LINE_H}" width="${LINE_W}" height="${LINE_H}" aria-hidden="true">` +
    `<line class="trend-line__mid" x1="0" x2="${LINE_W}" y1="${y(50)}" y2="${y(50)}"/>` +
    runs.map((r) => `<polyline class="trend-line__path" points="${r.join(' ')}"/>`).join('') +
    scores
      .map((v, i) => (v === null ? '' : `<circle class="trend-line__dot" cx="${x(i)}" cy="${y(v)}" r="${i === n - 1 ? 2.6 : 1.8}"/>`))
      .join('') +
    '</svg>'
  );
}

/** The trend across checks: the scores as text (selectable, read by pdftotext) and a line per row. */
function healthTrendHtml(trend: SummaryHealthTrend): string {
  return (
    `<table class="health-trend"><caption>${e(trend.caption)}</caption>` +
    `<thead><tr>${trend.headers.map((x) => `<th>${e(x)}</th>`).join('')}</tr></thead><tbody>` +
    trend.rows
      .map(
        (r) =>
          `<tr${r.overall ? ' class="health-trend__overall"' : ''}><td>${e(r.dimension)}</td>${r.scores.map((x) => `<td class="num">${e(x)}</td>`).join('')}<td>${trendLineSvg(r.line)}</td></tr>`,
      )
      .join('') +
    '</tbody></table>'
  );
}

/** The brief's block of the best stories and the stage (page 1), as HTML; empty when there is nothing. */
export function communityBriefHtml(c: CommunitySummary, clip: (text: string, max: number) => string): string {
  if (c.briefStories.length === 0 && !c.stage) return '';
  return (
    `<div class="brief-block brief-stories"><h2>${e(c.briefTitle)}</h2>` +
    (c.stage ? `<p class="muted">${e(c.stage)}</p>` : '') +
    (c.briefStories.length
      ? `<ul>${c.briefStories.map((s) => `<li><strong>${e(clip(s.title, 90))}</strong> <span class="muted">${e(clip(storyMeta(s), 110))}</span></li>`).join('')}</ul>`
      : '') +
    '</div>'
  );
}

/** The same, as Markdown. */
export function communityMarkdown(c: CommunitySummary): string {
  const out: string[] = [];
  if (c.stage) out.push(c.stage);
  if (c.workshops) out.push('', `## ${c.workshops.title}`, '', ...c.workshops.items.map((x, i) => `${i + 1}. ${x}`));
  if (c.health) {
    const h = c.health;
    out.push(`## ${h.title}`, '', `**${h.heading}** · ${h.respondents}. ${h.comparison}${h.overall ? ` ${h.overall}.` : ''}`, '');
    out.push(`| ${h.headers.join(' | ')} |`, `|${h.headers.map(() => ' --- ').join('|')}|`);
    for (const r of h.rows)
      out.push(`| ${[r.dimension, r.counts, r.score, r.previous, r.trend, r.felt].map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`);
    if (h.trend) {
      const headers = h.trend.headers.slice(0, -1);
      out.push('', `*${h.trend.caption}*`, '', `| ${headers.join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`);
      for (const r of h.trend.rows) out.push(`| ${[r.dimension, ...r.scores].join(' | ')} |`);
    }
  }
  if (c.stories) {
    out.push('', `## ${c.stories.title}`, '');
    for (const s of c.stories.stories) {
      out.push(
        `- **${s.title.replace(/[*_]/g, '\\$&')}** — ${storyMeta(s)}${s.happened.trim() ? `. ${s.happened.trim().replace(/\s+/g, ' ')}` : ''}`,
      );
    }
  }
  return out.join('\n');
}
