/**
 * Whether a text meant to be French still reads English: the same as the English text, or English function words
 * in it (names and paths given to it are left out by the caller).
 */
const ENGLISH_WORDS =
  /\b(the|an|is|was|were|not|no|could|cannot|can|this|that|these|you|your|has|have|been|any|more|file|folder|room|request|of|to|and|with|from|too|many|already|only)\b/i;

export function englishLeft(french: string, english?: string): string | null {
  if (english !== undefined && french === english) return `still the English text: ${french}`;
  const word = ENGLISH_WORDS.exec(french);
  return word ? `English word "${word[0]}" in: ${french}` : null;
}
