import type { Catalog } from '../catalog-type';
import { language } from './fr/language';
import { common } from './fr/common';
import { labels } from './fr/labels';
import { people } from './fr/people';
import { goals } from './fr/goals';
import { sponsors } from './fr/sponsors';
import { impact } from './fr/impact';

/** Textes français : mêmes clés que `en.ts` (le type l'impose), un fichier par espace de noms dans `fr/`. */
export const fr: Catalog = {
  language,
  common,
  labels,
  people,
  goals,
  sponsors,
  impact,
};
