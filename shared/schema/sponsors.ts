import { z } from 'zod';
import { FiniteNumberSchema, IdSchema, IsoDateSchema, longText, shortText, idList } from './primitives';
import { LIMITS } from './limits';

export const ASK_KINDS = ['dedicated-time', 'budget', 'room', 'tooling', 'other'] as const;
export const ASK_STATUSES = ['draft', 'asked', 'granted', 'refused'] as const;

export const SponsorAskSchema = z.object({
  id: IdSchema,
  kind: z.enum(ASK_KINDS),
  /** What is asked, in the facilitator's words. */
  what: shortText(LIMITS.ask.what).min(1, 'an ask needs a description'),
  amount: FiniteNumberSchema.nullable(),
  /** e.g. "h per person per month", "EUR per year". */
  unit: shortText(LIMITS.ask.unit),
  /** The sponsor (a member with role sponsor) asked. */
  sponsorId: IdSchema.nullable(),
  goalIds: idList(1_000, 'goals'),
  status: z.enum(ASK_STATUSES),
  askedOn: IsoDateSchema.nullable(),
  decidedOn: IsoDateSchema.nullable(),
  notes: longText(LIMITS.ask.notes),
});
export type SponsorAsk = z.infer<typeof SponsorAskSchema>;
export type AskKind = (typeof ASK_KINDS)[number];
export type AskStatus = (typeof ASK_STATUSES)[number];
