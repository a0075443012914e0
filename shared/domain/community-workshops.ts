import type { Activity, AgendaStep, CanvasTemplate, SponsorAsk, Workshop, WorkshopKind, WorkshopRecord } from '../schema';
import { doneActivities } from './done-activities';
import { newId } from './ids';
import { zonesFromTemplate } from './new-workshop';

/**
 * A community over time: the document holds the open workshop in place (meta title/date/participants, canvas,
 * agenda) and the community's other workshops in `community.workshops`. These functions are the only ones that
 * move a workshop in or out of place; everything else reads the open workshop through `activeWorkshop`.
 */

/** The open workshop, read as a record of the community (a view of the document, not a copy to edit). */
export function activeWorkshop(doc: Workshop): WorkshopRecord {
  return {
    id: doc.community.openWorkshop.id,
    kind: doc.community.openWorkshop.kind,
    title: doc.meta.title,
    date: doc.meta.date,
    facilitator: doc.meta.facilitator,
    participantIds: doc.meta.participantIds,
    canvas: doc.canvas,
    agenda: doc.agenda,
  };
}

/** Every workshop of the community, oldest first (by date; the open one placed among them by its date). */
export function workshopsOf(doc: Workshop): WorkshopRecord[] {
  const all = [...doc.community.workshops, activeWorkshop(doc)];
  return all
    .map((w, i) => ({ w, i }))
    .sort((a, b) => a.w.date.localeCompare(b.w.date) || a.i - b.i)
    .map(({ w }) => w);
}

/** The workshop held before the open one (by date), or null. */
export function previousWorkshop(doc: Workshop): WorkshopRecord | null {
  const all = workshopsOf(doc);
  const index = all.findIndex((w) => w.id === doc.community.openWorkshop.id);
  return index > 0 ? all[index - 1]! : null;
}

/**
 * Puts the open workshop away among the others. Its parts are moved, not copied (an immer draft cannot be
 * cloned): the caller then puts the next workshop's parts in place, so nothing is shared.
 */
function storeOpenWorkshop(draft: Workshop): void {
  draft.community.workshops.push(activeWorkshop(draft));
}

function placeWorkshop(draft: Workshop, record: WorkshopRecord): void {
  draft.community.openWorkshop = { id: record.id, kind: record.kind };
  draft.meta.title = record.title;
  draft.meta.date = record.date;
  draft.meta.facilitator = record.facilitator;
  draft.meta.participantIds = record.participantIds;
  draft.canvas = record.canvas;
  draft.agenda = record.agenda;
}

/** Opens another workshop of the community: the open one is put away as it is. Mutates `draft`. */
export function switchWorkshop(draft: Workshop, workshopId: string): boolean {
  if (workshopId === draft.community.openWorkshop.id) return false;
  const index = draft.community.workshops.findIndex((w) => w.id === workshopId);
  if (index < 0) return false;
  const [record] = draft.community.workshops.splice(index, 1);
  storeOpenWorkshop(draft);
  placeWorkshop(draft, record!);
  return true;
}

export interface NewCommunityWorkshop {
  kind: WorkshopKind;
  title: string;
  date: string;
  canvasTemplate: CanvasTemplate;
  /** The agenda: steps of a template, or copied from a previous workshop (`duplicateAgendaOf`). */
  steps: ReadonlyArray<Omit<AgendaStep, 'id' | 'actualSeconds'>>;
  /** Copy the agenda of this workshop (its steps, not its timings) instead of `steps`. */
  duplicateAgendaOf?: string | null;
}

/**
 * Starts the community's next workshop: the open one is put away, the new one opens with a fresh canvas and its
 * agenda. Members, goals, asks, backlog, measurements, stories, stage and health checks stay: they are the
 * community's. Returns the new workshop's id. Mutates `draft`.
 */
export function startWorkshop(draft: Workshop, options: NewCommunityWorkshop): string {
  const source = options.duplicateAgendaOf ? workshopsOf(draft).find((w) => w.id === options.duplicateAgendaOf)?.agenda.steps : undefined;
  const steps: AgendaStep[] = (source ?? options.steps).map((s) => ({
    title: s.title,
    description: s.description,
    minutes: s.minutes,
    view: s.view,
    mode: s.mode,
    ...(s.surface ? { surface: s.surface } : {}),
    id: newId(),
    actualSeconds: null,
  }));
  const id = newId();
  storeOpenWorkshop(draft);
  placeWorkshop(draft, {
    id,
    kind: options.kind,
    title: options.title,
    date: options.date,
    facilitator: draft.meta.facilitator,
    participantIds: [],
    canvas: {
      template: options.canvasTemplate,
      zones: zonesFromTemplate(options.canvasTemplate),
      notes: [],
      themes: [],
      votes: [],
      voting: { ...draft.canvas.voting, participantIds: [], revealed: false },
      visionStatement: draft.canvas.visionStatement,
    },
    agenda: { steps, currentStepId: steps[0]?.id ?? null },
  });
  return id;
}

export interface OpenActions {
  /** Activities of the backlog not in its done column, in board order. */
  activities: Activity[];
  /** Sponsor asks not decided yet (draft or asked). */
  asks: SponsorAsk[];
}

/** What is still open in the community: the actions a new workshop reviews first. */
export function openActions(doc: Pick<Workshop, 'backlog' | 'sponsorAsks'>): OpenActions {
  const done = new Set(doneActivities(doc).map((a) => a.id));
  const byId = new Map(doc.backlog.activities.map((a) => [a.id, a]));
  const activities = doc.backlog.columns
    .flatMap((c) => c.activityIds)
    .filter((id) => !done.has(id))
    .map((id) => byId.get(id))
    .filter((a): a is Activity => a !== undefined);
  const asks = doc.sponsorAsks.filter((a) => a.status === 'draft' || a.status === 'asked');
  return { activities, asks };
}

/** Renames a workshop of the community (the open one or another). Mutates `draft`. */
export function renameWorkshop(draft: Workshop, workshopId: string, title: string): boolean {
  if (workshopId === draft.community.openWorkshop.id) {
    draft.meta.title = title;
    return true;
  }
  const record = draft.community.workshops.find((w) => w.id === workshopId);
  if (!record) return false;
  record.title = title;
  return true;
}

/** Whether a workshop can be deleted: never the community's last one. */
export const canDeleteWorkshop = (doc: Pick<Workshop, 'community'>): boolean => doc.community.workshops.length > 0;

/**
 * Deletes a workshop of the community, never the last one. Deleting the open one opens the latest of the others
 * first. Its canvas, agenda and votes go; what the community keeps of it loses the link: its health checks stay
 * (their numbers are the community's trend) without a workshop, and goals or activities made from one of its
 * notes or themes keep their text without the source. Mutates `draft`; returns whether it was deleted.
 */
export function deleteWorkshop(draft: Workshop, workshopId: string): boolean {
  if (!canDeleteWorkshop(draft)) return false;
  if (workshopId === draft.community.openWorkshop.id) {
    const others = workshopsOf(draft).filter((w) => w.id !== workshopId);
    if (!switchWorkshop(draft, others[others.length - 1]!.id)) return false;
  }
  const index = draft.community.workshops.findIndex((w) => w.id === workshopId);
  if (index < 0) return false;
  const [gone] = draft.community.workshops.splice(index, 1);
  const notes = new Set(gone!.canvas.notes.map((n) => n.id));
  const themes = new Set(gone!.canvas.themes.map((t) => t.id));
  const fromGone = (source: { kind: 'note' | 'theme'; id: string } | null) =>
    source !== null && (source.kind === 'note' ? notes : themes).has(source.id);
  for (const check of draft.community.healthChecks) if (check.workshopId === workshopId) check.workshopId = null;
  for (const goal of draft.goals) {
    if (fromGone(goal.source)) goal.source = null;
    if (goal.themeIds.some((id) => themes.has(id))) goal.themeIds = goal.themeIds.filter((id) => !themes.has(id));
  }
  for (const activity of draft.backlog.activities) if (fromGone(activity.source)) activity.source = null;
  return true;
}

/** What deleting a workshop will change besides itself, counted (for the confirmation). */
export function workshopDeletionEffects(doc: Workshop, workshopId: string): { notes: number; healthChecks: number; linked: number } {
  const record = workshopsOf(doc).find((w) => w.id === workshopId);
  if (!record) return { notes: 0, healthChecks: 0, linked: 0 };
  const ids = new Set([...record.canvas.notes.map((n) => n.id), ...record.canvas.themes.map((t) => t.id)]);
  const linked =
    doc.goals.filter((g) => (g.source && ids.has(g.source.id)) || g.themeIds.some((id) => ids.has(id))).length +
    doc.backlog.activities.filter((a) => a.source && ids.has(a.source.id)).length;
  return {
    notes: record.canvas.notes.length,
    healthChecks: doc.community.healthChecks.filter((c) => c.workshopId === workshopId).length,
    linked,
  };
}
