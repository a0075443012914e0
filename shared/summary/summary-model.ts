import { countVotes, rankByVotes, votesFor } from '../domain/voting';
import { ACTIVITY_TYPE_LABELS, ASK_KIND_LABELS, ROLE_LABELS } from '../domain/labels';
import { latestMeasurement, measurementsOf, progressToTarget } from '../domain/progress';
import type {
  Activity,
  ActivityType,
  AgendaStep,
  AskKind,
  AskStatus,
  Goal,
  Measurement,
  Member,
  MemberRole,
  Note,
  NoteColor,
  Objective,
  Theme,
  Workshop,
  Zone,
} from '../schema';

/**
 * The workshop summary, as data: the ordered sections of the spec's "PDF summary". Both the HTML (→ PDF) and
 * the Markdown renderings are made from it, so they always say the same thing. Pure; no formatting here
 * beyond plain labels.
 */

export interface SummaryNote {
  id: string;
  text: string;
  color: NoteColor;
  /** Null when anonymous or when the workshop hides authors. */
  author: string | null;
  votes: number;
  zone: string | null;
}

export interface SummaryTheme {
  id: string;
  name: string;
  color: NoteColor;
  /** Dots on the theme itself plus dots on its notes. */
  votes: number;
  notes: SummaryNote[];
}

export interface SummaryObjective {
  id: string;
  indicator: string;
  unit: string;
  baseline: number;
  target: number;
  dueDate: string | null;
  latest: { date: string; value: number } | null;
  /** Fraction of the way from baseline to target of the latest value; null when unknown. */
  progress: number | null;
}

export interface SummaryGoal {
  id: string;
  title: string;
  why: string;
  themes: string[];
  objectives: SummaryObjective[];
}

export interface SummaryActivity {
  id: string;
  title: string;
  type: ActivityType;
  typeLabel: string;
  description: string;
  owner: string | null;
  date: string | null;
  effortHours: number | null;
  goals: string[];
}

export interface SummaryColumn {
  id: string;
  title: string;
  activities: SummaryActivity[];
}

export interface SummaryAsk {
  id: string;
  kind: AskKind;
  kindLabel: string;
  what: string;
  amount: number | null;
  unit: string;
  sponsor: string | null;
  status: AskStatus;
  goals: string[];
  askedOn: string | null;
  decidedOn: string | null;
  notes: string;
}

export interface SummaryMember {
  id: string;
  name: string;
  team: string;
  interests: string[];
  present: boolean;
}

export interface SummaryRoleGroup {
  role: MemberRole;
  label: string;
  members: SummaryMember[];
}

export interface SummaryChart {
  goal: string;
  objective: SummaryObjective;
  points: { date: string; value: number }[];
}

export interface SummaryAgendaStep {
  id: string;
  title: string;
  plannedSeconds: number;
  actualSeconds: number | null;
}

export interface SummaryCanvasPicture {
  zones: Zone[];
  notes: Note[];
  /** In rank order (the picture numbers them). */
  themes: Theme[];
}

export interface SummaryNextSteps {
  activities: (SummaryActivity & { column: string })[];
  asks: SummaryAsk[];
}

export type SummarySection =
  | { kind: 'vision'; title: string; statement: string }
  | { kind: 'canvas'; title: string; picture: SummaryCanvasPicture }
  | { kind: 'themes'; title: string; themes: SummaryTheme[]; unthemed: SummaryNote[] }
  | { kind: 'goals'; title: string; goals: SummaryGoal[] }
  | { kind: 'backlog'; title: string; columns: SummaryColumn[] }
  | { kind: 'asks'; title: string; asks: SummaryAsk[] }
  | { kind: 'members'; title: string; groups: SummaryRoleGroup[] }
  | { kind: 'impact'; title: string; charts: SummaryChart[] }
  | { kind: 'agenda'; title: string; steps: SummaryAgendaStep[] }
  | { kind: 'next-steps'; title: string; next: SummaryNextSteps };

export type SummarySectionKind = SummarySection['kind'];

export interface SummaryTitleBlock {
  community: string;
  title: string;
  date: string;
  facilitator: string;
  participants: string[];
}

export interface Summary {
  titleBlock: SummaryTitleBlock;
  /** Only the sections that have something to say, in the order of the spec. */
  sections: SummarySection[];
}

/** The section titles, as printed (and found by the PDF test). */
export const SECTION_TITLES: Readonly<Record<SummarySectionKind, string>> = {
  vision: 'Vision statement',
  canvas: 'The vision canvas',
  themes: 'Themes ranked by votes',
  goals: 'Goals and objectives',
  backlog: 'Backlog of activities',
  asks: 'Sponsor asks',
  members: 'Members by role',
  impact: 'Impact',
  agenda: 'Agenda: planned and actual time',
  'next-steps': 'Next steps',
};

const ROLE_ORDER: readonly MemberRole[] = ['core', 'active', 'occasional', 'sponsor'];

/** Backlog columns whose activities are "next steps" (matched by title, case and spacing ignored). */
const NEXT_STEP_COLUMNS = new Set(['next', 'in progress', 'doing', 'to do', 'todo']);

const PENDING_ASK_STATUSES: readonly AskStatus[] = ['draft', 'asked'];

export function buildSummary(workshop: Workshop): Summary {
  const membersById = new Map(workshop.members.map((m) => [m.id, m]));
  const nameOf = (id: string | null) => (id === null ? null : (membersById.get(id)?.name ?? null));
  const goalsById = new Map(workshop.goals.map((g) => [g.id, g]));
  const goalTitles = (ids: readonly string[]) => ids.flatMap((id) => (goalsById.has(id) ? [goalsById.get(id)!.title] : []));

  const sections: SummarySection[] = [];
  const push = (section: SummarySection | null) => {
    if (section) sections.push(section);
  };

  const statement = workshop.canvas.visionStatement.trim();
  push(statement ? { kind: 'vision', title: SECTION_TITLES.vision, statement } : null);

  const themed = themesSection(workshop);
  const { zones } = workshop.canvas;
  const notes = workshop.meta.hideAuthors
    ? workshop.canvas.notes.map((n) => ({ ...n, author: null, authorMemberId: null }))
    : workshop.canvas.notes;
  // The picture numbers themes by rank, so it lists them in the ranking's order.
  const themeById = new Map(workshop.canvas.themes.map((t) => [t.id, t]));
  const themes = themed?.kind === 'themes' ? themed.themes.map((t) => themeById.get(t.id)!) : workshop.canvas.themes;
  push(notes.length > 0 ? { kind: 'canvas', title: SECTION_TITLES.canvas, picture: { zones, notes, themes } } : null);

  push(themed);
  push(goalsSection(workshop));

  const activitiesById = new Map(workshop.backlog.activities.map((a) => [a.id, a]));
  const toActivity = (a: Activity): SummaryActivity => ({
    id: a.id,
    title: a.title,
    type: a.type,
    typeLabel: ACTIVITY_TYPE_LABELS[a.type],
    description: a.description,
    owner: nameOf(a.ownerId),
    date: a.date,
    effortHours: a.effortHours,
    goals: goalTitles(a.goalIds),
  });
  const columns: SummaryColumn[] = workshop.backlog.columns
    .map((c) => ({
      id: c.id,
      title: c.title,
      activities: c.activityIds.flatMap((id) => (activitiesById.has(id) ? [toActivity(activitiesById.get(id)!)] : [])),
    }))
    .filter((c) => c.activities.length > 0);
  push(columns.length > 0 ? { kind: 'backlog', title: SECTION_TITLES.backlog, columns } : null);

  const asks: SummaryAsk[] = workshop.sponsorAsks.map((a) => ({
    id: a.id,
    kind: a.kind,
    kindLabel: ASK_KIND_LABELS[a.kind],
    what: a.what,
    amount: a.amount,
    unit: a.unit,
    sponsor: nameOf(a.sponsorId),
    status: a.status,
    goals: goalTitles(a.goalIds),
    askedOn: a.askedOn,
    decidedOn: a.decidedOn,
    notes: a.notes,
  }));
  push(asks.length > 0 ? { kind: 'asks', title: SECTION_TITLES.asks, asks } : null);

  push(membersSection(workshop.members, new Set(workshop.meta.participantIds)));
  push(impactSection(workshop));

  const steps: SummaryAgendaStep[] = workshop.agenda.steps.map((s: AgendaStep) => ({
    id: s.id,
    title: s.title,
    plannedSeconds: Math.round(s.minutes * 60),
    actualSeconds: s.actualSeconds === null ? null : Math.round(s.actualSeconds),
  }));
  push(steps.length > 0 ? { kind: 'agenda', title: SECTION_TITLES.agenda, steps } : null);

  const nextActivities = columns
    .filter((c) => NEXT_STEP_COLUMNS.has(c.title.trim().toLowerCase().replace(/\s+/g, ' ')))
    .flatMap((c) => c.activities.map((a) => ({ ...a, column: c.title })));
  const pendingAsks = asks.filter((a) => PENDING_ASK_STATUSES.includes(a.status));
  push(
    nextActivities.length > 0 || pendingAsks.length > 0
      ? { kind: 'next-steps', title: SECTION_TITLES['next-steps'], next: { activities: nextActivities, asks: pendingAsks } }
      : null,
  );

  return {
    titleBlock: {
      community: workshop.meta.community,
      title: workshop.meta.title,
      date: workshop.meta.date,
      facilitator: workshop.meta.facilitator,
      participants: workshop.meta.participantIds.flatMap((id) => (membersById.has(id) ? [membersById.get(id)!.name] : [])),
    },
    sections,
  };
}

function themesSection(workshop: Workshop): SummarySection | null {
  const { canvas, meta } = workshop;
  if (canvas.notes.length === 0) return null;
  const counts = countVotes(canvas);
  const zoneTitles = new Map(canvas.zones.map((z) => [z.id, z.title]));
  const toNote = ({ item, votes }: { item: Note; votes: number }): SummaryNote => ({
    id: item.id,
    text: item.text,
    color: item.color,
    author: meta.hideAuthors ? null : item.author?.trim() || null,
    votes,
    zone: item.zoneId === null ? null : (zoneTitles.get(item.zoneId) ?? null),
  });
  const rankedNotes = rankByVotes(canvas.notes, 'note', counts);
  const notesOfTheme = new Map<string, SummaryNote[]>();
  const unthemed: SummaryNote[] = [];
  for (const ranked of rankedNotes) {
    const themeId = ranked.item.themeId;
    if (themeId === null) unthemed.push(toNote(ranked));
    // Appended in place: copying the list for each note was quadratic in the notes of one theme.
    else notesOfTheme.get(themeId)?.push(toNote(ranked)) ?? notesOfTheme.set(themeId, [toNote(ranked)]);
  }
  // A theme's weight is its own dots plus its notes' dots.
  const themeCounts = new Map<string, number>();
  for (const theme of canvas.themes) {
    const noteDots = (notesOfTheme.get(theme.id) ?? []).reduce((sum, n) => sum + n.votes, 0);
    themeCounts.set(`theme:${theme.id}`, votesFor(counts, { kind: 'theme', id: theme.id }) + noteDots);
  }
  const themes: SummaryTheme[] = rankByVotes(canvas.themes, 'theme', themeCounts).map(({ item, votes }) => ({
    id: item.id,
    name: item.name,
    color: item.color,
    votes,
    notes: notesOfTheme.get(item.id) ?? [],
  }));
  return { kind: 'themes', title: SECTION_TITLES.themes, themes, unthemed };
}

function toObjective(workshop: Workshop, o: Objective): SummaryObjective {
  const latest: Measurement | null = latestMeasurement(workshop, o.id);
  return {
    id: o.id,
    indicator: o.indicator,
    unit: o.unit,
    baseline: o.baseline,
    target: o.target,
    dueDate: o.dueDate,
    latest: latest ? { date: latest.date, value: latest.value } : null,
    progress: latest ? progressToTarget(o, latest.value) : null,
  };
}

function goalsSection(workshop: Workshop): SummarySection | null {
  if (workshop.goals.length === 0) return null;
  const themeNames = new Map(workshop.canvas.themes.map((t) => [t.id, t.name]));
  const goals: SummaryGoal[] = workshop.goals.map((g: Goal) => ({
    id: g.id,
    title: g.title,
    why: g.why,
    themes: g.themeIds.flatMap((id) => (themeNames.has(id) ? [themeNames.get(id)!] : [])),
    objectives: g.objectives.map((o) => toObjective(workshop, o)),
  }));
  return { kind: 'goals', title: SECTION_TITLES.goals, goals };
}

function membersSection(members: readonly Member[], present: ReadonlySet<string>): SummarySection | null {
  const groups: SummaryRoleGroup[] = ROLE_ORDER.map((role) => ({
    role,
    label: ROLE_LABELS[role].many,
    members: members
      .filter((m) => m.role === role)
      .map((m) => ({ id: m.id, name: m.name, team: m.team, interests: m.interests, present: present.has(m.id) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.members.length > 0);
  return groups.length > 0 ? { kind: 'members', title: SECTION_TITLES.members, groups } : null;
}

function impactSection(workshop: Workshop): SummarySection | null {
  const charts: SummaryChart[] = workshop.goals.flatMap((g) =>
    g.objectives.flatMap((o) => {
      const points = measurementsOf(workshop, o.id).map((m) => ({ date: m.date, value: m.value }));
      return points.length > 0 ? [{ goal: g.title, objective: toObjective(workshop, o), points }] : [];
    }),
  );
  return charts.length > 0 ? { kind: 'impact', title: SECTION_TITLES.impact, charts } : null;
}
