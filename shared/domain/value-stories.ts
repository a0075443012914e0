import { VALUE_CYCLES, type ValueStory, type Workshop } from '../schema';
import { newId } from './ids';

export { VALUE_CYCLES };

/**
 * Value-creation stories along Wenger-Trayner's cycles (immediate, potential, applied, realized,
 * transformative value): short stories of what happened, who benefited, through which activity and for which
 * goal. The sponsor pitch and the PDF's brief show the best ones (`bestStories`).
 */

export type StoryFields = Omit<ValueStory, 'id'>;

export function addStory(draft: Workshop, fields: StoryFields): string {
  const id = newId();
  draft.community.stories.push({ id, ...fields });
  return id;
}

export function updateStory(draft: Workshop, id: string, fields: Partial<StoryFields>): void {
  const story = draft.community.stories.find((s) => s.id === id);
  if (story) Object.assign(story, fields);
}

export function deleteStory(draft: Workshop, id: string): void {
  draft.community.stories = draft.community.stories.filter((s) => s.id !== id);
}

/** Deleting an activity or goal unlinks the stories that named it. Mutates `draft`. */
export function unlinkStories(draft: Workshop, link: { activityId?: string; goalId?: string }): void {
  for (const story of draft.community.stories) {
    if (link.activityId !== undefined && story.activityId === link.activityId) story.activityId = null;
    if (link.goalId !== undefined && story.goalId === link.goalId) story.goalId = null;
  }
}

/**
 * The stories to show a sponsor, best first: featured ones first, then the further along the value cycles
 * (realized and transformative value convince sponsors most), then the most recent.
 */
export function bestStories(doc: Pick<Workshop, 'community'>, limit: number): ValueStory[] {
  return [...doc.community.stories]
    .sort(
      (a, b) =>
        Number(b.featured) - Number(a.featured) ||
        VALUE_CYCLES.indexOf(b.cycle) - VALUE_CYCLES.indexOf(a.cycle) ||
        b.date.localeCompare(a.date),
    )
    .slice(0, Math.max(0, limit));
}

/** Stories, newest first. */
export function storiesNewestFirst(doc: Pick<Workshop, 'community'>): ValueStory[] {
  return [...doc.community.stories].sort((a, b) => b.date.localeCompare(a.date));
}
