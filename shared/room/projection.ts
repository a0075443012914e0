import { currentStep } from '../domain/agenda-steps';
import type { Workshop } from '../schema';
import type { RoomProjection } from './protocol';
import { roomStepKind } from './room-rules';

/** The room's slice of the document, which the facilitator's window publishes to the room server. */
export function projectWorkshop(w: Workshop, options: { lastAppliedOp: number; privateWriting: boolean }): RoomProjection {
  const step = currentStep(w.agenda);
  const members = new Map(w.members.map((m) => [m.id, m.name]));
  const activities = new Map(w.backlog.activities.map((a) => [a.id, a.title]));
  return {
    workshopId: w.id,
    title: w.meta.title,
    lastAppliedOp: options.lastAppliedOp,
    privateWriting: options.privateWriting,
    step: { kind: roomStepKind(step), title: step?.title ?? '', zoneId: zoneNamedBy(step?.title ?? '', w.canvas.zones) },
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
    backlog: w.backlog.columns.map((c) => ({ name: c.title, items: c.activityIds.flatMap((id) => (activities.has(id) ? [activities.get(id)!] : [])) })),
  };
}

/** The zone a step names in its title ("Brainstorm: Risks" → the zone "Risks"), or null. Notes sent without a zone go there. */
export function zoneNamedBy(stepTitle: string, zones: readonly { id: string; title: string }[]): string | null {
  const title = stepTitle.toLowerCase();
  const named = zones.find((zone) => {
    const short = zone.title.replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
    return short.length > 0 && new RegExp(`(^|[^\\p{L}])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(title);
  });
  return named?.id ?? null;
}
