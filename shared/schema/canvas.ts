import { z } from 'zod';
import { FiniteNumberSchema, IdSchema, IsoDateTimeSchema, longText, shortText, idList } from './primitives';
import { LIMITS } from './limits';

export const CANVAS_TEMPLATES = ['community-of-practice', 'wenger', 'blank', 'start-stop-continue'] as const;
export const CanvasTemplateSchema = z.enum(CANVAS_TEMPLATES);
export type CanvasTemplate = z.infer<typeof CanvasTemplateSchema>;

export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green', 'grey'] as const;
export const NoteColorSchema = z.enum(NOTE_COLORS);
export type NoteColor = z.infer<typeof NoteColorSchema>;

/** A rectangle in canvas (world) coordinates. */
const rect = {
  x: FiniteNumberSchema,
  y: FiniteNumberSchema,
  width: FiniteNumberSchema.refine((v) => v > 0, 'width must be positive'),
  height: FiniteNumberSchema.refine((v) => v > 0, 'height must be positive'),
};

export const ZoneSchema = z.object({
  id: IdSchema,
  title: shortText(LIMITS.zone.title).min(1, 'a zone needs a title'),
  hint: shortText(LIMITS.zone.hint),
  ...rect,
});
export type Zone = z.infer<typeof ZoneSchema>;

export const NoteSchema = z.object({
  id: IdSchema,
  text: longText(LIMITS.note.text),
  color: NoteColorSchema,
  /** Free-text author, or the name of a member; null when anonymous. */
  author: shortText(LIMITS.note.author).nullable(),
  /** Set when the author was picked from the members. */
  authorMemberId: IdSchema.nullable(),
  ...rect,
  /** Derived from where the note was dropped; null when outside every zone. */
  zoneId: IdSchema.nullable(),
  themeId: IdSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  /**
   * Room mode (issue 17): a note written privately on a phone lies face down — on the canvas its text is hidden
   * until the facilitator reveals. Optional so version-1 files without it stay valid; absent means face up.
   */
  faceDown: z.boolean().optional(),
});
export type Note = z.infer<typeof NoteSchema>;

export const ThemeSchema = z.object({
  id: IdSchema,
  name: shortText(LIMITS.theme.name).min(1, 'a theme needs a name'),
  color: NoteColorSchema,
});
export type Theme = z.infer<typeof ThemeSchema>;

export const VoteTargetSchema = z.object({
  kind: z.enum(['note', 'theme']),
  id: IdSchema,
});
export type VoteTarget = z.infer<typeof VoteTargetSchema>;

/** One dot placed by one participant. */
export const VoteSchema = z.object({
  id: IdSchema,
  participantId: IdSchema,
  target: VoteTargetSchema,
});
export type Vote = z.infer<typeof VoteSchema>;

export const VotingSettingsSchema = z.object({
  dotsPerParticipant: z.number().int().min(1).max(50),
  /** Most dots one participant may put on one note or theme; null = no cap. */
  maxDotsPerTarget: z.number().int().min(1).max(50).nullable(),
  /** Member ids of those who vote (taken from the workshop's participants). */
  participantIds: idList(10_000, 'participants'),
  /** Votes are hidden on screen until the facilitator reveals them. */
  revealed: z.boolean(),
});
export type VotingSettings = z.infer<typeof VotingSettingsSchema>;

export const CanvasSchema = z.object({
  template: CanvasTemplateSchema,
  zones: z.array(ZoneSchema).max(100),
  notes: z.array(NoteSchema).max(20_000),
  themes: z.array(ThemeSchema).max(1_000),
  votes: z.array(VoteSchema).max(100_000),
  voting: VotingSettingsSchema,
  visionStatement: longText(LIMITS.vision),
});
export type Canvas = z.infer<typeof CanvasSchema>;
