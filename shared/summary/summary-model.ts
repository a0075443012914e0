import { rankBy, tallyVotes } from '../domain/vote-tally';
import { buildCommunitySummary, type CommunitySummary } from './community-summary';
import { fixedTranslator, LANGUAGES, type Language } from '../i18n';
import { activityTypeLabel, askKindLabel, askStatusLabel, roleGroupLabel } from '../domain/labels';
import { latestMeasurement, measurementsOf, progressToTarget } from '../domain/progress';
import { summaryFormat, type SummaryFormat } from './format';
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
  /** The note's number in the zone-by-zone list, also printed on the canvas picture. */
  number: number;
  text: string;
  color: NoteColor;
  /** Null when anonymous or when the workshop hides authors. */
  author: string | null;
  votes: number;
  zone: string | null;
  /** Null when outside every zone. */
  zoneId: string | null;
  /** The rank of the note's theme (1 = most votes); null when not in a theme. */
  themeRank: number | null;
}

export interface SummaryTheme {
  id: string;
  name: string;
  color: NoteColor;
  /** `tallyVotes`' theme count: dots on the theme itself plus dots on its notes. */
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
  statusLabel: string;
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

export interface SummaryZoneNotes {
  /** Null for the notes outside every zone. */
  zoneId: string | null;
  title: string;
  notes: SummaryNote[];
}

export interface SummaryMemberSummary {
  total: number;
  presentCount: number;
  groups: SummaryRoleGroup[];
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
  /** Each note's number in the zone-by-zone list. */
  noteNumbers: Readonly<Record<string, number>>;
}

export type SummaryFirstActivity = SummaryActivity & { column: string };

/**
 * Page 1: what a sponsor reads in two minutes. Lists are cut to what fits one page; `more*` counts what the
 * appendix holds beyond them.
 */
export interface SummaryBrief {
  community: string;
  title: string;
  date: string;
  facilitator: string;
  participantCount: number;
  /** The notes of the canvas's "Domain" zone, when it has one: what the community cares about. */
  domain: string[];
  vision: string;
  topThemes: { id: string; name: string; color: NoteColor; votes: number }[];
  moreThemes: number;
  goals: { id: string; title: string; objectives: SummaryObjective[] }[];
  moreGoals: number;
  asks: SummaryAsk[];
  moreAsks: number;
  firstActivities: SummaryFirstActivity[];
  moreActivities: number;
  nextSessionDate: string | null;
}

export type SummarySection =
  | { kind: 'canvas'; title: string; picture: SummaryCanvasPicture; zones: SummaryZoneNotes[] }
  | { kind: 'themes'; title: string; themes: SummaryTheme[]; unthemed: SummaryNote[] }
  | { kind: 'goals'; title: string; goals: SummaryGoal[] }
  | { kind: 'backlog'; title: string; columns: SummaryColumn[] }
  | { kind: 'asks'; title: string; asks: SummaryAsk[] }
  | { kind: 'members'; title: string; members: SummaryMemberSummary }
  | { kind: 'impact'; title: string; charts: SummaryChart[] }
  | { kind: 'agenda'; title: string; steps: SummaryAgendaStep[]; plannedSeconds: number; stepCount: number };

export type SummarySectionKind = SummarySection['kind'];

export interface SummaryTitleBlock {
  community: string;
  title: string;
  date: string;
  facilitator: string;
  participants: string[];
}

export interface Summary {
  /** The language the summary is written in (the workshop's summary language). */
  language: Language;
  titleBlock: SummaryTitleBlock;
  /** Page 1, the sponsor brief. */
  brief: SummaryBrief;
  /** The appendix: only the sections that have something to say, none repeating the brief. */
  sections: SummarySection[];
  /** The community over time: health check with its trend, value stories, stage (community-summary.ts). */
  community: CommunitySummary;
}

/** A section's title, as printed (and found by the PDF test), in a language. */
export const sectionTitle = (kind: SummarySectionKind, language: Language = 'en'): string =>
  summaryFormat(language).t(`summary.section.${kind}`);

/** The headings of the sponsor brief (page 1), as printed, in a language. */
export function briefTitles(language: Language = 'en') {
  const { t } = summaryFormat(language);
  return {
    brief: t('summary.brief.title'),
    domain: t('summary.brief.domain'),
    vision: t('summary.brief.vision'),
    themes: t('summary.brief.themes'),
    goals: t('summary.brief.goals'),
    ask: t('summary.brief.ask'),
    activities: t('summary.brief.activities'),
    nextSession: t('summary.brief.nextSession'),
    appendix: t('summary.brief.appendix'),
  };
}
export type BriefTitles = ReturnType<typeof briefTitles>;

/** How much of each list page 1 holds (the rest is in the appendix). */
export const BRIEF_LIMITS = {
  themes: 5,
  goals: 3,
  objectivesPerGoal: 2,
  asks: 5,
  activities: 5,
  domainNotes: 4,
  visionChars: 600,
  textChars: 110,
} as const;

const ROLE_ORDER: readonly MemberRole[] = ['core', 'active', 'occasional', 'sponsor'];

const normalTitle = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/** A column title as the templates write it, in every language (lower case). */
const templateColumns = (key: 'next' | 'inProgress' | 'done') =>
  LANGUAGES.map((language) => normalTitle(fixedTranslator(language)(`templates.column.${key}`)));

/** Backlog columns whose activities are "next steps" (matched by title, case and spacing ignored). */
const NEXT_STEP_COLUMNS = new Set([
  'next',
  'in progress',
  'doing',
  'to do',
  'todo',
  'à faire',
  ...templateColumns('next'),
  ...templateColumns('inProgress'),
]);

/**
 * The summary of a workshop in a language: the one given, else the workshop's summary language
 * (`meta.language`), else English. The app passes its own language for a workshop that has none.
 */
export function buildSummary(workshop: Workshop, language: Language = workshop.meta.language ?? 'en'): Summary {
  const f = summaryFormat(language);
  const { t } = f;
  const membersById = new Map(workshop.members.map((m) => [m.id, m]));
  const nameOf = (id: string | null) => (id === null ? null : (membersById.get(id)?.name ?? null));
  const goalsById = new Map(workshop.goals.map((g) => [g.id, g]));
  const goalTitles = (ids: readonly string[]) => ids.flatMap((id) => (goalsById.has(id) ? [goalsById.get(id)!.title] : []));

  const sections: SummarySection[] = [];
  const push = (section: SummarySection | null) => {
    if (section) sections.push(section);
  };

  const noteNumbers = numberNotes(workshop);
  const themed = themesSection(workshop, noteNumbers, f);
  const { zones } = workshop.canvas;
  const notes = workshop.meta.hideAuthors
    ? workshop.canvas.notes.map((n) => ({ ...n, author: null, authorMemberId: null }))
    : workshop.canvas.notes;
  // The picture numbers themes by rank, so it lists them in the ranking's order.
  const themeById = new Map(workshop.canvas.themes.map((t) => [t.id, t]));
  const themes = themed ? themed.themes.map((t) => themeById.get(t.id)!) : workshop.canvas.themes;
  if (notes.length > 0 && themed) {
    const allNotes = [...themed.themes.flatMap((t) => t.notes), ...themed.unthemed].sort((a, b) => a.number - b.number);
    const zoneNotes: SummaryZoneNotes[] = [
      ...zones.map((z) => ({ zoneId: z.id, title: z.title, notes: allNotes.filter((n) => n.zoneId === z.id) })),
      { zoneId: null, title: t('summary.canvas.outsideZones'), notes: allNotes.filter((n) => n.zoneId === null) },
    ].filter((z) => z.notes.length > 0);
    push({ kind: 'canvas', title: sectionTitle('canvas', language), picture: { zones, notes, themes, noteNumbers }, zones: zoneNotes });
  }
  push(themed && themed.themes.length > 0 ? themed : null);
  const goals = goalsSection(workshop, f);
  push(goals);

  const activitiesById = new Map(workshop.backlog.activities.map((a) => [a.id, a]));
  const toActivity = (a: Activity): SummaryActivity => ({
    id: a.id,
    title: a.title,
    type: a.type,
    typeLabel: activityTypeLabel(t, a.type),
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
  push(columns.length > 0 ? { kind: 'backlog', title: sectionTitle('backlog', language), columns } : null);

  const asks: SummaryAsk[] = workshop.sponsorAsks.map((a) => ({
    id: a.id,
    kind: a.kind,
    kindLabel: askKindLabel(t, a.kind),
    what: a.what,
    amount: a.amount,
    unit: a.unit,
    sponsor: nameOf(a.sponsorId),
    status: a.status,
    statusLabel: askStatusLabel(t, a.status),
    goals: goalTitles(a.goalIds),
    askedOn: a.askedOn,
    decidedOn: a.decidedOn,
    notes: a.notes,
  }));

  // The brief holds the first asks; only those beyond its room get a section of their own.
  const briefAsks = [...asks].sort((a, b) => ASK_ORDER.indexOf(a.status) - ASK_ORDER.indexOf(b.status));
  push(
    briefAsks.length > BRIEF_LIMITS.asks
      ? { kind: 'asks', title: sectionTitle('asks', language), asks: briefAsks.slice(BRIEF_LIMITS.asks) }
      : null,
  );

  push(membersSection(workshop.members, new Set(workshop.meta.participantIds), f));
  push(impactSection(workshop, f));

  const steps: SummaryAgendaStep[] = workshop.agenda.steps.map((s: AgendaStep) => ({
    id: s.id,
    title: s.title,
    plannedSeconds: Math.round(s.minutes * 60),
    actualSeconds: s.actualSeconds === null ? null : Math.round(s.actualSeconds),
  }));
  push(
    steps.length > 0
      ? {
          kind: 'agenda',
          title: sectionTitle('agenda', language),
          // Only the steps that ran: a step never timed has no actual time to compare.
          steps: steps.filter((st) => st.actualSeconds !== null && st.actualSeconds > 0),
          plannedSeconds: steps.reduce((n, st) => n + st.plannedSeconds, 0),
          stepCount: steps.length,
        }
      : null,
  );

  const participants = workshop.meta.participantIds.flatMap((id) => (membersById.has(id) ? [membersById.get(id)!.name] : []));
  const brief = briefOf(workshop, {
    participantCount: participants.length,
    themes: themed?.themes ?? [],
    goals: goals?.kind === 'goals' ? goals.goals : [],
    asks,
    columns,
  });

  return {
    language,
    titleBlock: {
      community: workshop.meta.community,
      title: workshop.meta.title,
      date: workshop.meta.date,
      facilitator: workshop.meta.facilitator,
      participants,
    },
    brief,
    sections,
    community: buildCommunitySummary(workshop, t, language),
  };
}

/** Columns whose cards are finished: never "first activities". */
const DONE_COLUMNS = new Set(['done', 'finished', 'closed', 'terminé', 'fait', ...templateColumns('done')]);

function briefOf(
  workshop: Workshop,
  parts: { participantCount: number; themes: SummaryTheme[]; goals: SummaryGoal[]; asks: SummaryAsk[]; columns: SummaryColumn[] },
): SummaryBrief {
  const domainZone = workshop.canvas.zones.find((z) => /^\s*domaine?\b/i.test(z.title));
  const domain = domainZone
    ? workshop.canvas.notes.filter((n) => n.zoneId === domainZone.id && n.text.trim()).map((n) => n.text.trim())
    : [];
  // First activities: the cards of the Next / In progress columns (the next ones to run), else every card not
  // done; dated ones first, soonest first.
  const nextColumns = parts.columns.filter((c) => NEXT_STEP_COLUMNS.has(normalTitle(c.title)));
  const source = nextColumns.length > 0 ? nextColumns : parts.columns.filter((c) => !DONE_COLUMNS.has(normalTitle(c.title)));
  const upcoming = source
    .flatMap((c) => c.activities.map((a) => ({ ...a, column: c.title })))
    .map((a, index) => ({ a, index }))
    .sort((x, y) => (x.a.date ?? '9999').localeCompare(y.a.date ?? '9999') || x.index - y.index)
    .map(({ a }) => a);
  return {
    community: workshop.meta.community,
    title: workshop.meta.title,
    date: workshop.meta.date,
    facilitator: workshop.meta.facilitator,
    participantCount: parts.participantCount,
    domain: domain.slice(0, BRIEF_LIMITS.domainNotes),
    vision: workshop.canvas.visionStatement.trim(),
    topThemes: parts.themes.slice(0, BRIEF_LIMITS.themes).map((t) => ({ id: t.id, name: t.name, color: t.color, votes: t.votes })),
    moreThemes: Math.max(0, parts.themes.length - BRIEF_LIMITS.themes),
    goals: parts.goals
      .slice(0, BRIEF_LIMITS.goals)
      .map((g) => ({ id: g.id, title: g.title, objectives: g.objectives.slice(0, BRIEF_LIMITS.objectivesPerGoal) })),
    moreGoals: Math.max(0, parts.goals.length - BRIEF_LIMITS.goals),
    asks: [...parts.asks].sort((a, b) => ASK_ORDER.indexOf(a.status) - ASK_ORDER.indexOf(b.status)).slice(0, BRIEF_LIMITS.asks),
    moreAsks: Math.max(0, parts.asks.length - BRIEF_LIMITS.asks),
    firstActivities: upcoming.slice(0, BRIEF_LIMITS.activities),
    moreActivities: Math.max(0, upcoming.length - BRIEF_LIMITS.activities),
    nextSessionDate: workshop.meta.nextSessionDate ?? null,
  };
}

/** The asks a sponsor must act on come first. */
const ASK_ORDER: readonly AskStatus[] = ['asked', 'draft', 'granted', 'refused'];

/** Notes numbered 1…n in the zone-by-zone order: zone after zone (canvas order), then the notes outside every zone. */
function numberNotes(workshop: Workshop): Record<string, number> {
  const numbers: Record<string, number> = {};
  let next = 1;
  for (const zone of [...workshop.canvas.zones.map((z) => z.id), null]) {
    for (const note of workshop.canvas.notes)
      if (note.zoneId === zone || (zone === null && !workshop.canvas.zones.some((z) => z.id === note.zoneId))) numbers[note.id] ??= next++;
  }
  return numbers;
}

function themesSection(
  workshop: Workshop,
  noteNumbers: Readonly<Record<string, number>>,
  f: SummaryFormat,
): Extract<SummarySection, { kind: 'themes' }> | null {
  const { canvas, meta } = workshop;
  if (canvas.notes.length === 0) return null;
  const tally = tallyVotes(canvas);
  const zoneTitles = new Map(canvas.zones.map((z) => [z.id, z.title]));
  const toNote = ({ item, votes }: { item: Note; votes: number }): SummaryNote => ({
    id: item.id,
    number: noteNumbers[item.id] ?? 0,
    text: item.text,
    color: item.color,
    author: meta.hideAuthors ? null : item.author?.trim() || null,
    votes,
    zone: item.zoneId === null ? null : (zoneTitles.get(item.zoneId) ?? null),
    zoneId: item.zoneId !== null && zoneTitles.has(item.zoneId) ? item.zoneId : null,
    themeRank: null,
  });
  const rankedNotes = rankBy(canvas.notes, (n) => tally.note(n.id));
  const notesOfTheme = new Map<string, SummaryNote[]>();
  const unthemed: SummaryNote[] = [];
  for (const ranked of rankedNotes) {
    const themeId = ranked.item.themeId;
    if (themeId === null) unthemed.push(toNote(ranked));
    // Appended in place: copying the list for each note was quadratic in the notes of one theme.
    else notesOfTheme.get(themeId)?.push(toNote(ranked)) ?? notesOfTheme.set(themeId, [toNote(ranked)]);
  }
  // A theme's count is the one tally's (its own dots plus its notes' dots), as the room saw it.
  const themes: SummaryTheme[] = rankBy(canvas.themes, (t) => tally.theme(t.id)).map(({ item, votes }, index) => ({
    id: item.id,
    name: item.name,
    color: item.color,
    votes,
    notes: (notesOfTheme.get(item.id) ?? []).map((n) => ({ ...n, themeRank: index + 1 })),
  }));
  return { kind: 'themes', title: sectionTitle('themes', f.language), themes, unthemed };
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

function goalsSection(workshop: Workshop, f: SummaryFormat): Extract<SummarySection, { kind: 'goals' }> | null {
  if (workshop.goals.length === 0) return null;
  const themeNames = new Map(workshop.canvas.themes.map((t) => [t.id, t.name]));
  const goals: SummaryGoal[] = workshop.goals.map((g: Goal) => ({
    id: g.id,
    title: g.title,
    why: g.why,
    themes: g.themeIds.flatMap((id) => (themeNames.has(id) ? [themeNames.get(id)!] : [])),
    objectives: g.objectives.map((o) => toObjective(workshop, o)),
  }));
  return { kind: 'goals', title: sectionTitle('goals', f.language), goals };
}

function membersSection(members: readonly Member[], present: ReadonlySet<string>, f: SummaryFormat): SummarySection | null {
  const groups: SummaryRoleGroup[] = ROLE_ORDER.map((role) => ({
    role,
    label: roleGroupLabel(f.t, role),
    members: members
      .filter((m) => m.role === role)
      .map((m) => ({ id: m.id, name: m.name, team: m.team, interests: m.interests, present: present.has(m.id) }))
      .sort((a, b) => a.name.localeCompare(b.name, f.language)),
  })).filter((g) => g.members.length > 0);
  if (groups.length === 0) return null;
  const total = groups.reduce((n, g) => n + g.members.length, 0);
  const presentCount = groups.reduce((n, g) => n + g.members.filter((m) => m.present).length, 0);
  return { kind: 'members', title: sectionTitle('members', f.language), members: { total, presentCount, groups } };
}

function impactSection(workshop: Workshop, f: SummaryFormat): SummarySection | null {
  const charts: SummaryChart[] = workshop.goals.flatMap((g) =>
    g.objectives.flatMap((o) => {
      const points = measurementsOf(workshop, o.id).map((m) => ({ date: m.date, value: m.value }));
      return points.length > 0 ? [{ goal: g.title, objective: toObjective(workshop, o), points }] : [];
    }),
  );
  return charts.length > 0 ? { kind: 'impact', title: sectionTitle('impact', f.language), charts } : null;
}
