import type { Catalog } from '../catalog-type';
import { language } from './fr/language';

/** Textes français : mêmes clés que `en.ts` (le type l'impose), un fichier par espace de noms dans `fr/`. */
export const fr: Catalog = {
  language,
};
