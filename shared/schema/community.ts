import { z } from 'zod';
import { AgendaSchema } from './agenda';
import { CanvasSchema } from './canvas';
import { IdSchema, IsoDateSchema, idList, longText, shortText } from './primitives';

/**
 * A community over time (schema version 2). The document is the community's: members, goals, sponsor asks,
 * backlog, measurements, outcomes, stories, stage history and health checks belong to it. Each workshop has its
 * own date, kind, agenda, canvas (themes, votes) and participants. The workshop being worked on is stored in
 * place (the document's `meta.title/date/participantIds`, `canvas` and `agenda`, with its id and kind in
 * `community.openWorkshop`); the community's other workshops are `community.workshops`, each complete.
 * See docs/community.md.
 */

/** What a workshop is for in the life of the community. */
export const WORKSHOP_KINDS = ['kick-off', 'renewal', 'check-in', 'retrospective'] as const;
export const WorkshopKindSchema = z.enum(WORKSHOP_KINDS);
export type WorkshopKind = z.infer<typeof WorkshopKindSchema>;

/** A workshop of the community that is not the one open: everything it had, as it was left. */
export const WorkshopRecordSchema = z.object({
  id: IdSchema,
  kind: WorkshopKindSchema,
  title: shortText(200),
  date: IsoDateSchema,
  facilitator: shortText(120),
  participantIds: idList(10_000, 'participants'),
  canvas: CanvasSchema,
  agenda: AgendaSchema,
});
export type WorkshopRecord = z.infer<typeof WorkshopRecordSchema>;

/** Stages of a community of practice (Wenger, McDermott and Snyder, *Cultivating Communities of Practice*, 2002). */
export const COMMUNITY_STAGES = ['potential', 'coalescing', 'maturing', 'stewardship', 'transformation'] as const;
export const CommunityStageSchema = z.enum(COMMUNITY_STAGES);
export type CommunityStage = z.infer<typeof CommunityStageSchema>;

export const StageEntrySchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  stage: CommunityStageSchema,
  /** Why the facilitator says the community is at this stage. */
  why: longText(2_000),
});
export type StageEntry = z.infer<typeof StageEntrySchema>;

/** Wenger-Trayner's value-creation cycles (Wenger, Trayner and de Laat, 2011). */
export const VALUE_CYCLES = ['immediate', 'potential', 'applied', 'realized', 'transformative'] as const;
export const ValueCycleSchema = z.enum(VALUE_CYCLES);
export type ValueCycle = z.infer<typeof ValueCycleSchema>;

export const ValueStorySchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  title: shortText(200).min(1, 'a story needs a title'),
  /** What happened. */
  happened: longText(5_000),
  /** Who benefited. */
  beneficiaries: shortText(500),
  activityId: IdSchema.nullable(),
  goalId: IdSchema.nullable(),
  cycle: ValueCycleSchema,
  /** The indicators that show the value (numbers, quotes, documents). */
  indicators: longText(2_000),
  /** Shown in the sponsor pitch and the PDF's brief. */
  featured: z.boolean(),
});
export type ValueStory = z.infer<typeof ValueStorySchema>;

/** The dimensions of a community-of-practice health check (our own wording; texts in the `community` catalogue). */
export const HEALTH_DIMENSIONS = ['value', 'participation', 'core-group', 'rhythm', 'sponsorship', 'sharing', 'learning', 'fun'] as const;
export const HealthDimensionSchema = z.enum(HEALTH_DIMENSIONS);
export type HealthDimension = z.infer<typeof HealthDimensionSchema>;

/** The three levels of an answer, best first. */
export const HEALTH_LEVELS = ['good', 'mixed', 'poor'] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];
/** The trend an answer gives: is it getting better, the same, or worse? */
export const HEALTH_TRENDS = ['better', 'same', 'worse'] as const;
export type HealthTrend = (typeof HEALTH_TRENDS)[number];

const count = z.number().int().min(0).max(100_000);

/** Counts of answers for one dimension: never who said what. */
export const HealthTallySchema = z.object({
  dimension: HealthDimensionSchema,
  levels: z.object({ good: count, mixed: count, poor: count }),
  trends: z.object({ better: count, same: count, worse: count }),
});
export type HealthTally = z.infer<typeof HealthTallySchema>;

export const HealthCheckSchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  /** The workshop it was taken in; null when entered outside a workshop. */
  workshopId: IdSchema.nullable(),
  /** One tally per dimension, in the order they were asked. */
  tallies: z
    .array(HealthTallySchema)
    .min(1)
    .max(HEALTH_DIMENSIONS.length)
    .refine((t) => new Set(t.map((x) => x.dimension)).size === t.length, 'a dimension is listed twice'),
  /** How many people answered (a phone counts once; a facilitator's tally counts its largest dimension). */
  respondents: count,
  /** Results stay hidden on the projector and the phones until the facilitator reveals them. */
  revealed: z.boolean(),
});
export type HealthCheck = z.infer<typeof HealthCheckSchema>;

export const CommunitySchema = z.object({
  /** The workshop stored in place in the document (its title, date, participants, canvas and agenda). */
  openWorkshop: z.object({ id: IdSchema, kind: WorkshopKindSchema }),
  /** The community's other workshops. */
  workshops: z.array(WorkshopRecordSchema).max(500),
  healthChecks: z.array(HealthCheckSchema).max(1_000),
  stageHistory: z.array(StageEntrySchema).max(1_000),
  stories: z.array(ValueStorySchema).max(5_000),
});
export type Community = z.infer<typeof CommunitySchema>;
