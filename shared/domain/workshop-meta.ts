import type { Language } from '../i18n';
import type { Workshop } from '../schema';
import { isIsoDate } from './iso-date';

/** A title is one line: line breaks typed or pasted become spaces. */
export const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

export function renameWorkshop(draft: Workshop, title: string): void {
  draft.meta.title = oneLine(title);
}

export function renameCommunity(draft: Workshop, community: string): void {
  draft.meta.community = oneLine(community);
}

/** Sets the workshop's date; anything that is not a date (an emptied field) leaves the last one. */
export function setWorkshopDate(draft: Workshop, date: string): void {
  if (isIsoDate(date)) draft.meta.date = date;
}

/** Sets the next session's date; empty clears it ("not decided yet"), anything else that is not a date is ignored. */
export function setNextSessionDate(draft: Workshop, date: string): void {
  if (date === '') delete draft.meta.nextSessionDate;
  else if (isIsoDate(date)) draft.meta.nextSessionDate = date;
}

export function setFacilitator(draft: Workshop, facilitator: string): void {
  draft.meta.facilitator = facilitator;
}

export function setHideAuthors(draft: Workshop, hide: boolean): void {
  draft.meta.hideAuthors = hide;
}

/** Sets the language the workshop's summaries are written in. */
export function setSummaryLanguage(draft: Workshop, language: Language): void {
  draft.meta.language = language;
}
