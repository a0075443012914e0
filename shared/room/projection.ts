import { currentStep } from '../domain/agenda-steps';
import { currentHealthCheck, healthCheckReport } from '../domain/health-check';
import { translator, type Translate } from '../i18n';
import type { Workshop } from '../schema';
import type { RoomProjection } from './protocol';
import { roomStepKind } from './room-rules';

/**
 * The health check the phones answer at a health-check step: its questions and labels in the room's language
 * (`t`), the number of answers, and the results (a score and trend line per dimension) once revealed.
 */
function projectHealth(w: Workshop, t: Translate): RoomProjection['health'] {
  const check = currentHealthCheck(w);
  if (!check) return null;
  const report = healthCheckReport(w, check.id);
  return {
    checkId: check.id,
    dimensions: check.tallies.map((x) => ({
      id: x.dimension,
      name: t(`community.dimensionName.${x.dimension}`),
      question: t(`community.dimensionQuestion.${x.dimension}`),
    })),
    labels: {
      intro: t('community.health.phoneIntro'),
      send: t('community.health.send'),
      answered: t('community.health.answered'),
      waiting: t('community.health.waiting'),
      trend: t('community.health.trend'),
      good: t('community.level.good'),
      mixed: t('community.level.mixed'),
      poor: t('community.level.poor'),
      better: t('community.trendAnswer.better'),
      same: t('community.trendAnswer.same'),
      worse: t('community.trendAnswer.worse'),
    },
    respondents: check.respondents,
    revealed: check.revealed,
    results:
      check.revealed && report
        ? report.dimensions.map((d) => ({
            name: t(`community.dimensionName.${d.dimension}`),
            score: d.score === null ? t('community.health.noAnswer') : t('community.health.scoreOf', { score: d.score }),
            trend: d.score === null ? '—' : t(`community.health.direction.${d.direction}`, { change: d.change ?? 0 }),
          }))
        : null,
  };
}

/** The room's slice of the document, which the facilitator's window publishes to the room server. */
export function projectWorkshop(w: Workshop, options: { lastAppliedOp: number; privateWriting: boolean; t?: Translate }): RoomProjection {
  const step = currentStep(w.agenda);
  const kind = roomStepKind(step);
  const members = new Map(w.members.map((m) => [m.id, m.name]));
  const activities = new Map(w.backlog.activities.map((a) => [a.id, a.title]));
  return {
    workshopId: w.id,
    title: w.meta.title,
    lastAppliedOp: options.lastAppliedOp,
    privateWriting: options.privateWriting,
    step: { kind, title: step?.title ?? '', zoneId: zoneNamedBy(step?.title ?? '', w.canvas.zones) },
    zones: w.canvas.zones.map((z) => ({ id: z.id, title: z.title })),
    members: w.meta.participantIds.flatMap((id) => (members.has(id) ? [{ id, name: members.get(id)! }] : [])),
    notes: w.canvas.notes.map((n) => ({
      id: n.id,
      text: n.text,
      zoneId: n.zoneId,
      themeId: n.themeId,
      authorMemberId: n.authorMemberId,
      faceDown: n.faceDown === true,
    })),
    themes: w.canvas.themes.map((t) => ({ id: t.id, name: t.name })),
    voting: {
      dotsPerParticipant: w.canvas.voting.dotsPerParticipant,
      maxDotsPerTarget: w.canvas.voting.maxDotsPerTarget,
      voterIds: [...w.canvas.voting.participantIds],
      revealed: w.canvas.voting.revealed,
    },
    votes: w.canvas.votes.map((v) => ({ memberId: v.participantId, target: { kind: v.target.kind, id: v.target.id } })),
    vision: w.canvas.visionStatement,
    goals: w.goals.map((g) => ({ title: g.title, why: g.why })),
    backlog: w.backlog.columns.map((c) => ({
      name: c.title,
      items: c.activityIds.flatMap((id) => (activities.has(id) ? [activities.get(id)!] : [])),
    })),
    health: kind === 'health-check' ? projectHealth(w, options.t ?? translator('en')) : null,
  };
}

/** The zone a step names in its title ("Brainstorm: Risks" → the zone "Risks"), or null. Notes sent without a zone go there. */
export function zoneNamedBy(stepTitle: string, zones: readonly { id: string; title: string }[]): string | null {
  const title = stepTitle.toLowerCase();
  const named = zones.find((zone) => {
    const short = zone.title
      .replace(/\s*\(.*\)\s*$/, '')
      .trim()
      .toLowerCase();
    return short.length > 0 && new RegExp(`(^|[^\\p{L}])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(title);
  });
  return named?.id ?? null;
}
