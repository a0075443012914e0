import { currentStage, WEBBER_STAGE_OF } from '../domain/community-stages';
import { workshopsOf } from '../domain/community-workshops';
import { healthCheckReport, type HealthCheckReport, type HealthDimensionResult } from '../domain/health-check';
import { bestStories, storiesNewestFirst } from '../domain/value-stories';
import { translator, type Translate } from '../i18n';
import type { ValueStory, Workshop } from '../schema';
import { escapeHtml as e } from './escape-html';
import { formatDate } from './format';

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

export interface CommunitySummary {
  health: { title: string; heading: string; respondents: string; comparison: string; overall: string; rows: SummaryHealthRow[]; headers: string[] } | null;
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

export function buildCommunitySummary(doc: Workshop, t: Translate = translator('en')): CommunitySummary {
  const report = healthCheckReport(doc);
  const activityTitle = new Map(doc.backlog.activities.map((a) => [a.id, a.title]));
  const goalTitle = new Map(doc.goals.map((g) => [g.id, g.title]));
  const toStory = (s: ValueStory): SummaryStory => ({
    id: s.id,
    title: s.title,
    date: s.date,
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
        ? { title: t('community.summary.workshopsTitle'), items: all.map((w) => `${w.title.trim() || '—'} (${t(`community.kind.${w.kind}`)}, ${formatDate(w.date)})`) }
        : null,
    health: report
      ? {
          title: t('community.summary.healthTitle'),
          heading: t('community.health.checkOf', { date: formatDate(report.date) }),
          respondents: t('community.health.respondents', { count: report.respondents }),
          comparison: report.previous ? t('community.health.compared', { date: formatDate(report.previous.date) }) : t('community.health.firstCheck'),
          overall:
            report.overall === null
              ? ''
              : report.previousOverall === null
                ? t('community.health.overall', { score: report.overall })
                : t('community.health.overallChange', { score: report.overall, previous: report.previousOverall }),
          headers: [t('community.health.dimension'), t('community.health.results'), t('community.health.score'), t('community.health.previous'), t('community.health.trend'), t('community.health.felt')],
          rows: healthRows(t, report),
        }
      : null,
    stories: doc.community.stories.length ? { title: t('community.summary.storiesTitle'), stories: storiesNewestFirst(doc).map(toStory) } : null,
    briefStories: bestStories(doc, BRIEF_STORIES).map(toStory),
    briefTitle: t('community.summary.storiesTitle'),
    stage: stage
      ? `${t('community.summary.stageTitle')}: ${t(`community.stageName.${stage.stage}`)} (${t('community.stage.webber', { stage: t(`community.webberStage.${WEBBER_STAGE_OF[stage.stage]}`) })})`
      : null,
  };
}

const storyMeta = (s: SummaryStory) => [formatDate(s.date), s.cycle, s.beneficiaries.trim(), s.activity ?? '', s.goal ?? ''].filter(Boolean).join(' · ');

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
      h.rows.map((r) => `<tr><td>${e(r.dimension)}</td><td>${e(r.counts)}</td><td class="nowrap">${e(r.score)}</td><td class="nowrap">${e(r.previous)}</td><td class="nowrap">${e(r.trend)}</td><td>${e(r.felt)}</td></tr>`).join('') +
      '</tbody></table></section>';
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
    for (const r of h.rows) out.push(`| ${[r.dimension, r.counts, r.score, r.previous, r.trend, r.felt].map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  if (c.stories) {
    out.push('', `## ${c.stories.title}`, '');
    for (const s of c.stories.stories) {
      out.push(`- **${s.title.replace(/[*_]/g, '\\$&')}** — ${storyMeta(s)}${s.happened.trim() ? `. ${s.happened.trim().replace(/\s+/g, ' ')}` : ''}`);
    }
  }
  return out.join('\n');
}
