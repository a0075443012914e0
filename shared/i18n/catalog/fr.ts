import type { Catalog } from '../catalog-type';
import { backlog } from './fr/backlog';
import { language } from './fr/language';
import { menu } from './fr/menu';

/** Textes français : mêmes clés que `en.ts` (le type l'impose), un fichier par espace de noms dans `fr/`. */
export const fr: Catalog = {
  backlog,
  language,
  menu,
};
