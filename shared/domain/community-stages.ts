import { COMMUNITY_STAGES, type ActivityType, type CommunityStage, type StageEntry, type Workshop } from '../schema';
import { newId } from './ids';

export { COMMUNITY_STAGES };

/**
 * Stages of a community of practice: Wenger, McDermott and Snyder's five (potential, coalescing, maturing,
 * stewardship, transformation), with Emily Webber's three (forming, maturing, self-sustaining) beside them.
 * Names and descriptions are in the `community` catalogue (`community.stage.<id>`); here, what the app needs to
 * reason: the Webber stage each one falls in and the activity types that suit it.
 */

export const WEBBER_STAGES = ['forming', 'maturing', 'self-sustaining'] as const;
export type WebberStage = (typeof WEBBER_STAGES)[number];

export const WEBBER_STAGE_OF: Readonly<Record<CommunityStage, WebberStage>> = {
  potential: 'forming',
  coalescing: 'forming',
  maturing: 'maturing',
  stewardship: 'self-sustaining',
  transformation: 'self-sustaining',
};

/** Activity types that suit each stage, best first. */
export const ACTIVITIES_FOR_STAGE: Readonly<Record<CommunityStage, readonly ActivityType[]>> = {
  potential: ['meetup', 'brown-bag-lunch'],
  coalescing: ['brown-bag-lunch', 'code-kata', 'meetup'],
  maturing: ['training', 'help-another-team', 'code-kata'],
  stewardship: ['internal-open-source', 'help-another-team', 'training'],
  transformation: ['meetup', 'internal-open-source'],
};

/** Stage history, oldest first. */
export function stageHistory(doc: Pick<Workshop, 'community'>): StageEntry[] {
  return doc.community.stageHistory
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map(({ e }) => e);
}

/** The community's current stage: the latest entry of its history, or null before any was recorded. */
export function currentStage(doc: Pick<Workshop, 'community'>): StageEntry | null {
  const history = stageHistory(doc);
  return history[history.length - 1] ?? null;
}

/** Records the stage the community is at (a new entry of its history). Mutates `draft`. */
export function recordStage(draft: Workshop, entry: Omit<StageEntry, 'id'>): string {
  const id = newId();
  draft.community.stageHistory.push({ id, ...entry, why: entry.why.trim() });
  return id;
}

export function deleteStageEntry(draft: Workshop, id: string): void {
  draft.community.stageHistory = draft.community.stageHistory.filter((e) => e.id !== id);
}
