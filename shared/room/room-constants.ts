/**
 * Room mode (issue 17): the zod-free part of the socket protocol — limits, close codes, what the server sends.
 * The phone page imports only this (it stays small); `protocol.ts` adds the schemas and re-exports it.
 */

/** Limits of the protocol. The server enforces them; the phone page shows them. */
export const ROOM_LIMITS = {
  /** Largest WebSocket message the server accepts, in bytes (bigger closes the socket with 1009). */
  maxMessageBytes: 8 * 1024,
  /** Longest note a phone may send (the document allows longer notes typed by the facilitator). */
  maxNoteChars: 500,
  maxNameChars: 60,
  /** Notes one participant may have on the canvas. */
  maxNotesPerParticipant: 100,
  /** Messages per connection: a bucket of `burst`, refilled at `perSecond`. */
  burst: 30,
  perSecond: 10,
  /** Refused messages (over the rate, malformed) within 10 seconds before the server closes the socket with 1008. */
  maxStrikes: 50,
  maxConnections: 200,
  /** Typed-code attempts per client address per minute. */
  codeAttemptsPerMinute: 5,
  codeDigits: 6,
} as const;

/** Close codes the server uses (4000–4999 are the application's own). */
export const ROOM_CLOSE = {
  /** Too big (sent by `ws` itself). */
  tooBig: 1009,
  /** Flood or too many malformed messages. */
  policy: 1008,
  /** The join link's token is wrong or from an earlier opening of the room. */
  badToken: 4001,
  /** The room is locked: no new participants. */
  locked: 4003,
  /** The facilitator removed this participant. */
  removed: 4004,
  /** The facilitator closed the room. */
  closed: 4005,
  /** The participant token is unknown (resume after the room was reopened). */
  unknownParticipant: 4006,
  /** The facilitator declined the name. */
  declined: 4007,
  /** Too many people in the room. */
  full: 4008,
} as const;

/** The kind of agenda step, as the room sees it: what phones may do now. */
export const ROOM_STEP_KINDS = [
  'check-in',
  'brainstorm',
  'cluster',
  'vote',
  'vision',
  'goals',
  'backlog',
  'health-check',
  'other',
] as const;
export type RoomStepKind = (typeof ROOM_STEP_KINDS)[number];

export interface VoteTargetRef {
  kind: 'note' | 'theme';
  id: string;
}

/** What one phone sees: built by the server from the projection; never another participant's hidden text or dots. */
export interface PhoneView {
  /** The room's language (absent: the phone's own). */
  language?: 'en' | 'fr';
  step: { kind: RoomStepKind; title: string; zoneId: string | null };
  me: { name: string };
  zones: { id: string; title: string }[];
  myNotes: { id: string; text: string; zoneId: string | null; faceDown: boolean; editable: boolean }[];
  /** Everyone's notes whose text is revealed (own notes included), for voting and the read-only views. */
  board: { id: string; text: string; zoneId: string | null; themeId: string | null; mine: boolean }[];
  /** How many notes of others are still face down (their text is not sent). */
  hiddenNotes: number;
  themes: { id: string; name: string }[];
  voting: {
    dots: number;
    cap: number | null;
    remaining: number;
    /** This participant's dots, keyed `note:<id>` / `theme:<id>`. */
    mine: Record<string, number>;
    revealed: boolean;
    /** Everyone's dots, only once the facilitator revealed them. */
    totals: Record<string, number> | null;
  };
  vision: string;
  goals: { title: string; why: string }[];
  backlog: { name: string; items: string[] }[];
  /** The health check of the health-check step (texts in the room's language); null at other steps. */
  health: PhoneHealth | null;
}

export const HEALTH_LEVEL_IDS = ['good', 'mixed', 'poor'] as const;
export const HEALTH_TREND_IDS = ['better', 'same', 'worse'] as const;

/** A health check as a phone sees it: the questions, whether this phone answered, and the results once revealed (counts only). */
export interface PhoneHealth {
  checkId: string;
  dimensions: { id: string; name: string; question: string }[];
  labels: Record<
    'intro' | 'send' | 'answered' | 'waiting' | 'trend' | (typeof HEALTH_LEVEL_IDS)[number] | (typeof HEALTH_TREND_IDS)[number],
    string
  >;
  answered: boolean;
  respondents: number;
  revealed: boolean;
  /** Per dimension, once revealed: its name, score line and trend line. */
  results: { name: string; score: string; trend: string }[] | null;
}

export type ServerMessage =
  | { type: 'hello'; title: string; language?: 'en' | 'fr'; members: { id: string; name: string }[]; locked: boolean }
  | { type: 'welcome'; participantId: string; token: string; name: string }
  | { type: 'pending'; name: string }
  | { type: 'view'; view: PhoneView }
  | { type: 'ack'; ref: number; noteId?: string }
  /**
   * A refused message. The phone words it from `refusal` in the room's language (`phone.refusal.*`, with `values`);
   * `message` is the same in English, for logs and tools.
   */
  | {
      type: 'error';
      ref: number | null;
      code: RoomErrorCode;
      refusal: RoomRefusal;
      values?: Record<string, string | number>;
      message: string;
    };

export const ROOM_ERROR_CODES = [
  'malformed',
  'rate-limited',
  'not-joined',
  'already-joined',
  'not-allowed-now',
  'not-yours',
  'no-such-note',
  'no-such-zone',
  'no-such-member',
  'member-taken',
  'no-dots-left',
  'cap-reached',
  'no-such-target',
  'too-many-notes',
  'locked',
  'already-answered',
] as const;
export type RoomErrorCode = (typeof ROOM_ERROR_CODES)[number];

/** Why a phone's message was refused, finer than its code: each has its sentence in the `phone.refusal` catalogue. */
export const ROOM_REFUSALS = [
  'rateLimited',
  'notUnderstood',
  'noteTooLong',
  'noteEmpty',
  'nameEmpty',
  'dimensionTwice',
  'pickNameFirst',
  'alreadyJoined',
  'memberGone',
  'memberTaken',
  'pickOrType',
  'notesDuringBrainstorm',
  'zoneGone',
  'tooManyNotes',
  'canvasFull',
  'noteGone',
  'notYours',
  'noteRevealed',
  'dotsDuringVote',
  'noDotThere',
  'cannotVoteOnThat',
  'noDotsLeft',
  'capReached',
  'healthDuringStep',
  'healthOver',
  'healthAnswered',
  'answerOneLine',
] as const;
export type RoomRefusal = (typeof ROOM_REFUSALS)[number];
export const isRoomRefusal = (value: unknown): value is RoomRefusal => (ROOM_REFUSALS as readonly unknown[]).includes(value);

/** Why the typed code was refused (`POST /api/code`): the phone words it from `phone.codeRefusal`. */
export const CODE_REFUSALS = ['tooManyTries', 'tooLong', 'typeTheCode', 'wrongCode'] as const;
export type CodeRefusal = (typeof CODE_REFUSALS)[number];

export const voteKey = (target: VoteTargetRef) => `${target.kind}:${target.id}`;

/** Tokens are base64url of at least 16 random bytes. */
export const looksLikeToken = (value: string) => /^[A-Za-z0-9_-]{22,128}$/.test(value);
