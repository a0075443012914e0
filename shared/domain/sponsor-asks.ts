import type { AskStatus, SponsorAsk, Workshop } from '../schema';

/**
 * Moves an ask to a status, stamping the dates a person would otherwise forget: asking sets `askedOn`,
 * a decision (granted, refused) sets `decidedOn` (and `askedOn`, when it was never set); going back to
 * draft or asked clears the decision date. Dates already set are kept. Mutates `draft`.
 */
export function setAskStatus(draft: Workshop, askId: string, status: AskStatus, today: string): void {
  const ask = draft.sponsorAsks.find((a) => a.id === askId);
  if (!ask) return;
  ask.status = status;
  if (status === 'draft') {
    ask.decidedOn = null;
  } else if (status === 'asked') {
    ask.askedOn ??= today;
    ask.decidedOn = null;
  } else {
    ask.askedOn ??= today;
    ask.decidedOn ??= today;
  }
}

/** "2 h per person per month", "1,500 EUR per year", or just the unit / nothing; numbers as `formatNumber` writes them. */
export function formatAmount(
  ask: Pick<SponsorAsk, 'amount' | 'unit'>,
  formatNumber: (value: number) => string = (value) => value.toLocaleString('en-GB'),
): string {
  const amount = ask.amount === null ? '' : formatNumber(ask.amount);
  return [amount, ask.unit.trim()].filter(Boolean).join(' ');
}
