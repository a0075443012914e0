import type { AskStatus, SponsorAsk, Workshop } from '../schema';
import { editOrAdd, newAsk, removeById } from './entities';

/** What a person edits on an ask (all but its id). */
export type AskFields = Omit<SponsorAsk, 'id'>;

/**
 * The dates a status implies, stamped where a person would otherwise forget them: asking sets `askedOn`, a
 * decision (granted, refused) sets `decidedOn` (and `askedOn`, when it was never set); draft or asked has no
 * decision date. Dates already set are kept. Every path that sets a status goes through here.
 */
function stampStatusDates(ask: SponsorAsk, today: string): void {
  if (ask.status === 'draft') {
    ask.decidedOn = null;
  } else if (ask.status === 'asked') {
    ask.askedOn ??= today;
    ask.decidedOn = null;
  } else {
    ask.askedOn ??= today;
    ask.decidedOn ??= today;
  }
}

/** Moves an ask to a status (the card's select), stamping its dates. Mutates `draft`. */
export function setAskStatus(draft: Workshop, askId: string, status: AskStatus, today: string): void {
  const ask = draft.sponsorAsks.find((a) => a.id === askId);
  if (!ask) return;
  ask.status = status;
  stampStatusDates(ask, today);
}

/** Saves the ask dialog: edits the ask `askId` (or adds one), stamping the dates its status implies. Returns its id. */
export function saveAsk(draft: Workshop, askId: string | null, fields: AskFields, today: string): string {
  const ask = editOrAdd(draft.sponsorAsks, askId, fields, newAsk);
  stampStatusDates(ask, today);
  return ask.id;
}

export const deleteAsk = (draft: Workshop, askId: string): boolean => removeById(draft.sponsorAsks, askId);

/** "2 h per person per month", "1,500 EUR per year", or just the unit / nothing; numbers as `formatNumber` writes them. */
export function formatAmount(
  ask: Pick<SponsorAsk, 'amount' | 'unit'>,
  formatNumber: (value: number) => string = (value) => value.toLocaleString('en-GB'),
): string {
  const amount = ask.amount === null ? '' : formatNumber(ask.amount);
  return [amount, ask.unit.trim()].filter(Boolean).join(' ');
}
