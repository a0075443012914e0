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
  return all.map((w, i) => ({ w, i })).sort((a, b) => a.w.date.localeCompare(b.w.date) || a.i - b.i).map(({ w }) => w);
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
  const source = options.duplicateAgendaOf
    ? workshopsOf(draft).find((w) => w.id === options.duplicateAgendaOf)?.agenda.steps
    : undefined;
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
