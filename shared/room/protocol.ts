/**
 * Room mode (issue 17): the one socket protocol between the phones and the room server, and the room
 * projection the facilitator's window publishes to the server. Shared by the phone page, the server and the
 * facilitator's renderer; no DOM, no Node.
 */
import { z } from 'zod';
import { IdSchema } from '../schema/primitives';
import { LanguageSchema } from '../i18n/languages';
import { HEALTH_DIMENSIONS } from '../schema/community';
import { HEALTH_LEVEL_IDS, HEALTH_TREND_IDS, ROOM_LIMITS, ROOM_STEP_KINDS, type RoomRefusal } from './room-constants';
import { LIMITS } from '../schema/limits';

export * from './room-constants';

/** Random tokens: base64url of ≥ 16 bytes. */
export const TokenSchema = z
  .string()
  .min(22)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

const Ref = z.number().int().min(0).max(1_000_000_000);
// The messages of these checks are refusals (`ROOM_REFUSALS`): the server sends the key, the phone words it.
const NoteText = z
  .string()
  .max(ROOM_LIMITS.maxNoteChars, 'noteTooLong' satisfies RoomRefusal)
  .refine((text) => text.trim().length > 0, 'noteEmpty' satisfies RoomRefusal);
const Name = z
  .string()
  .max(ROOM_LIMITS.maxNameChars)
  .refine((name) => name.trim().length > 0, 'nameEmpty' satisfies RoomRefusal);

export const VoteTargetMessageSchema = z.object({ kind: z.enum(['note', 'theme']), id: IdSchema }).strict();

/** Everything a phone may send. Unknown keys are refused. */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('join'),
      ref: Ref,
      /** A checked-in member picked from the list. */
      memberId: IdSchema.optional(),
      /** A typed name: becomes a member once the facilitator accepts (or at once when the room is set so). */
      name: Name.optional(),
      /** The participant token of an earlier connection (reconnect after sleep or a Wi-Fi drop). */
      resume: TokenSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('note.add'), ref: Ref, text: NoteText, zoneId: IdSchema.nullable() }).strict(),
  z.object({ type: z.literal('note.edit'), ref: Ref, noteId: IdSchema, text: NoteText, zoneId: IdSchema.nullable() }).strict(),
  z.object({ type: z.literal('note.withdraw'), ref: Ref, noteId: IdSchema }).strict(),
  z.object({ type: z.literal('vote.add'), ref: Ref, target: VoteTargetMessageSchema }).strict(),
  z.object({ type: z.literal('vote.remove'), ref: Ref, target: VoteTargetMessageSchema }).strict(),
  z.object({ type: z.literal('ping'), ref: Ref }).strict(),
  /** One person's health-check answers: a level and a trend per dimension, sent once. */
  z
    .object({
      type: z.literal('health.answer'),
      ref: Ref,
      checkId: IdSchema,
      answers: z
        .array(
          z.object({ dimension: z.enum(HEALTH_DIMENSIONS), level: z.enum(HEALTH_LEVEL_IDS), trend: z.enum(HEALTH_TREND_IDS) }).strict(),
        )
        .min(1)
        .max(HEALTH_DIMENSIONS.length)
        .refine((a) => new Set(a.map((x) => x.dimension)).size === a.length, 'dimensionTwice' satisfies RoomRefusal),
    })
    .strict(),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

/**
 * What the facilitator's window publishes to the main process after each change: the room's slice of the
 * document. The server validates phone messages against it and builds each phone's view from it.
 */
export const RoomProjectionSchema = z.object({
  workshopId: IdSchema,
  title: z.string().max(LIMITS.workshop.title),
  /** The room's language (the facilitator's interface language): the phones are shown in it. */
  language: LanguageSchema.optional(),
  /** The last room operation the window has handled (applied or refused). */
  lastAppliedOp: z.number().int().min(0),
  /** Notes arrive face down (text hidden until the facilitator reveals). */
  privateWriting: z.boolean(),
  step: z.object({ kind: z.enum(ROOM_STEP_KINDS), title: z.string().max(LIMITS.agendaStep.title), zoneId: IdSchema.nullable() }),
  zones: z.array(z.object({ id: IdSchema, title: z.string().max(LIMITS.zone.title) })).max(100),
  /** Checked-in members: the names a phone may pick. */
  members: z.array(z.object({ id: IdSchema, name: z.string().max(LIMITS.member.name) })).max(10_000),
  notes: z
    .array(
      z.object({
        id: IdSchema,
        text: z.string().max(LIMITS.note.text),
        zoneId: IdSchema.nullable(),
        themeId: IdSchema.nullable(),
        authorMemberId: IdSchema.nullable(),
        faceDown: z.boolean(),
      }),
    )
    .max(20_000),
  themes: z.array(z.object({ id: IdSchema, name: z.string().max(LIMITS.theme.name) })).max(1_000),
  voting: z.object({
    dotsPerParticipant: z.number().int().min(1).max(50),
    maxDotsPerTarget: z.number().int().min(1).max(50).nullable(),
    voterIds: z.array(IdSchema).max(10_000),
    revealed: z.boolean(),
  }),
  votes: z.array(z.object({ memberId: IdSchema, target: VoteTargetMessageSchema })).max(100_000),
  vision: z.string().max(LIMITS.vision),
  goals: z.array(z.object({ title: z.string().max(300), why: z.string().max(2_000) })).max(1_000),
  backlog: z.array(z.object({ name: z.string().max(200), items: z.array(z.string().max(300)).max(5_000) })).max(50),
  /** The open health check at a health-check step (texts in the room's language); absent or null otherwise. */
  health: z
    .object({
      checkId: IdSchema,
      dimensions: z
        .array(z.object({ id: z.enum(HEALTH_DIMENSIONS), name: z.string().max(200), question: z.string().max(500) }))
        .min(1)
        .max(HEALTH_DIMENSIONS.length),
      labels: z.record(
        z.enum(['intro', 'send', 'answered', 'waiting', 'trend', ...HEALTH_LEVEL_IDS, ...HEALTH_TREND_IDS]),
        z.string().max(300),
      ),
      respondents: z.number().int().min(0).max(100_000),
      revealed: z.boolean(),
      results: z
        .array(z.object({ name: z.string().max(200), score: z.string().max(100), trend: z.string().max(100) }))
        .max(HEALTH_DIMENSIONS.length)
        .nullable(),
    })
    .nullable()
    .optional(),
});
export type RoomProjection = z.infer<typeof RoomProjectionSchema>;
export type ProjectedNote = RoomProjection['notes'][number];

/** A phone contribution the server accepted, forwarded to the facilitator's window to apply to the document. */
export const RoomOperationSchema = z.discriminatedUnion('kind', [
  z.object({ seq: z.number().int().min(1), kind: z.literal('member.join'), memberId: IdSchema }),
  z.object({
    seq: z.number().int().min(1),
    kind: z.literal('note.add'),
    memberId: IdSchema,
    author: z.string().max(LIMITS.note.author),
    noteId: IdSchema,
    text: z.string().max(ROOM_LIMITS.maxNoteChars),
    zoneId: IdSchema.nullable(),
    faceDown: z.boolean(),
  }),
  z.object({
    seq: z.number().int().min(1),
    kind: z.literal('note.edit'),
    memberId: IdSchema,
    noteId: IdSchema,
    text: z.string().max(ROOM_LIMITS.maxNoteChars),
    zoneId: IdSchema.nullable(),
  }),
  z.object({ seq: z.number().int().min(1), kind: z.literal('note.withdraw'), memberId: IdSchema, noteId: IdSchema }),
  z.object({ seq: z.number().int().min(1), kind: z.literal('vote.add'), memberId: IdSchema, target: VoteTargetMessageSchema }),
  z.object({ seq: z.number().int().min(1), kind: z.literal('vote.remove'), memberId: IdSchema, target: VoteTargetMessageSchema }),
  /** Anonymous: the answers of one person, without who. */
  z.object({
    seq: z.number().int().min(1),
    kind: z.literal('health.answer'),
    checkId: IdSchema,
    answers: z
      .array(z.object({ dimension: z.enum(HEALTH_DIMENSIONS), level: z.enum(HEALTH_LEVEL_IDS), trend: z.enum(HEALTH_TREND_IDS) }))
      .min(1)
      .max(HEALTH_DIMENSIONS.length),
  }),
]);
export type RoomOperation = z.infer<typeof RoomOperationSchema>;
