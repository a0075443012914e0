import { recordStage } from '../../shared/domain/community-stages';
import { today } from '../../shared/domain/iso-date';
import {
  deleteWorkshop,
  renameWorkshop,
  startWorkshop,
  switchWorkshop,
  type NewCommunityWorkshop,
} from '../../shared/domain/community-workshops';
import { addHealthAnswers, setHealthRevealed, setHealthTally, startHealthCheck, type HealthAnswer } from '../../shared/domain/health-check';
import { addStory, deleteStory, updateStory, type StoryFields } from '../../shared/domain/value-stories';
import { addVoter } from '../../shared/domain/vote-budget';
import type { CommunityStage, HealthTally, Workshop } from '../../shared/schema';
import { roomMemberIds } from '../room/public';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';

/**
 * The community's commands: each one user action, one undo step, through the domain functions of
 * shared/domain (community-workshops, health-check, community-stages, value-stories).
 */
const change = (label: string, recipe: Parameters<ReturnType<typeof useWorkshopStore.getState>['change']>[1]) =>
  useWorkshopStore.getState().change(label, recipe);

/** Today as a calendar date where the facilitator is (local, not UTC). */
export const localToday = (): string => today();

/**
 * The room stays open when another workshop of the community opens (same file): the people whose phones are in
 * it are checked in to that workshop, in the same undo step, so they carry on there (notes, dots, answers).
 */
function checkInTheRoom(draft: Workshop): void {
  for (const memberId of roomMemberIds()) addVoter(draft, memberId);
}

export function openCommunityWorkshop(workshopId: string): void {
  let title = '';
  change(tr('community.workshops.undoOpen'), (draft) => {
    if (!switchWorkshop(draft, workshopId)) return;
    title = draft.meta.title;
    checkInTheRoom(draft);
  });
  if (title) useUiStore.getState().notify('info', tr('community.workshops.openedNotice', { title }));
}

export function createCommunityWorkshop(options: NewCommunityWorkshop): string {
  let id = '';
  change(tr('community.workshops.undoCreate'), (draft) => {
    id = startWorkshop(draft, options);
    checkInTheRoom(draft);
  });
  return id;
}

/** Renames a workshop of the community (one undo step). */
export function renameCommunityWorkshop(workshopId: string, title: string): void {
  const clean = title.trim();
  if (!clean) return;
  change(tr('community.workshops.undoRename'), (draft) => void renameWorkshop(draft, workshopId, clean));
}

/** Deletes a workshop of the community, never the last one (one undo step). Returns whether it was deleted. */
export function deleteCommunityWorkshop(workshopId: string): boolean {
  let deleted = false;
  change(tr('community.workshops.undoDelete'), (draft) => {
    const wasOpen = draft.community.openWorkshop.id === workshopId;
    deleted = deleteWorkshop(draft, workshopId);
    if (deleted && wasOpen) checkInTheRoom(draft);
  });
  return deleted;
}

export function startHealthCheckNow(): string {
  let id = '';
  change(tr('community.health.undoStart'), (draft) => {
    id = startHealthCheck(draft, localToday());
  });
  return id;
}

export function setTally(checkId: string, tally: HealthTally): void {
  useWorkshopStore.getState().change(tr('community.health.undoTally'), (draft) => setHealthTally(draft, checkId, tally), {
    coalesceKey: `health-tally:${checkId}:${tally.dimension}`,
  });
}

export function revealHealthCheck(checkId: string, revealed: boolean): void {
  change(tr(revealed ? 'community.health.undoReveal' : 'community.health.undoHide'), (draft) =>
    setHealthRevealed(draft, checkId, revealed),
  );
}

/** Answers from a phone in room mode: anonymous, counted only. */
export function addAnonymousHealthAnswers(checkId: string, answers: readonly HealthAnswer[]): void {
  change(tr('community.health.undoTally'), (draft) => void addHealthAnswers(draft, checkId, answers));
}

export function recordCommunityStage(stage: CommunityStage, date: string, why: string): void {
  change(tr('community.stage.undoRecord'), (draft) => void recordStage(draft, { stage, date, why }));
}

/** The story's links, kept only when the activity and goal still exist. */
function linked(fields: StoryFields): StoryFields {
  const exists = (ids: { id: string }[], id: string | null) => (id !== null && ids.some((x) => x.id === id) ? id : null);
  const doc = currentWorkshop();
  return { ...fields, activityId: exists(doc.backlog.activities, fields.activityId), goalId: exists(doc.goals, fields.goalId) };
}

export function addValueStory(fields: StoryFields): void {
  const story = linked(fields);
  change(tr('community.stories.undoAdd'), (draft) => void addStory(draft, story));
}

export function editValueStory(id: string, fields: StoryFields): void {
  const story = linked(fields);
  change(tr('community.stories.undoEdit'), (draft) => updateStory(draft, id, story));
}

export function deleteValueStory(id: string): void {
  change(tr('community.stories.undoDelete'), (draft) => deleteStory(draft, id));
}
