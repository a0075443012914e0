import { z } from 'zod';
import { AgendaSchema } from './agenda';
import { BacklogSchema } from './backlog';
import { CanvasSchema } from './canvas';
import { CommunitySchema } from './community';
import { GoalSchema } from './goals';
import { ImpactSchema } from './impact';
import { MemberSchema } from './people';
import { LanguageSchema } from '../i18n/languages';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, shortText, idList } from './primitives';
import { findDanglingReferences } from './references';
import { SponsorAskSchema } from './sponsors';

/** The version this build of CoP Studio writes. Files with a greater version are refused for writing. */
export const CURRENT_SCHEMA_VERSION = 2 as const;

export const WorkshopMetaSchema = z.object({
  title: shortText(200),
  community: shortText(200),
  date: IsoDateSchema,
  facilitator: shortText(120),
  /** Members present at the workshop. */
  participantIds: idList(10_000, 'participants'),
  /** Hide note authors on screen and in exports. */
  hideAuthors: z.boolean(),
  createdAt: IsoDateTimeSchema,
  /** The date of the community's next session, printed on the sponsor brief. Optional: older files have none. */
  nextSessionDate: IsoDateSchema.optional(),
  /** The language the summary is exported in. Optional: without it, the app's language at export time. */
  language: LanguageSchema.optional(),
});
export type WorkshopMeta = z.infer<typeof WorkshopMetaSchema>;

const WorkshopShape = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: IdSchema,
  meta: WorkshopMetaSchema,
  members: z.array(MemberSchema).max(10_000),
  canvas: CanvasSchema,
  goals: z.array(GoalSchema).max(1_000),
  sponsorAsks: z.array(SponsorAskSchema).max(1_000),
  backlog: BacklogSchema,
  impact: ImpactSchema,
  agenda: AgendaSchema,
  /** The community over time: its other workshops, health checks, stage history and value stories (version 2). */
  community: CommunitySchema,
});

/**
 * The whole document, as saved in a `.copstudio` file: a community and the workshop open in it (see
 * `community.ts`). The name stays `Workshop` because most of the app works on the open workshop.
 */
export const WorkshopSchema = WorkshopShape.superRefine((workshop, ctx) => {
  for (const problem of findDanglingReferences(workshop)) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
});
export type Workshop = z.infer<typeof WorkshopShape>;
