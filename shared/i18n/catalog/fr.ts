import type { Catalog } from '../catalog-type';
import { backlog } from './fr/backlog';
import { language } from './fr/language';
import { common } from './fr/common';
import { labels } from './fr/labels';
import { people } from './fr/people';
import { goals } from './fr/goals';
import { sponsors } from './fr/sponsors';
import { impact } from './fr/impact';
import { menu } from './fr/menu';
import { phone } from './fr/phone';
import { room } from './fr/room';
import { exportUi } from './fr/export';
import { files } from './fr/files';
import { help } from './fr/help';
import { welcome } from './fr/welcome';
import { projector } from './fr/projector';
import { agenda } from './fr/agenda';
import { canvas } from './fr/canvas';
import { app } from './fr/app';
import { community } from './fr/community';
import { summary } from './fr/summary';
import { templates } from './fr/templates';
import { errors } from './fr/errors';

/** Textes français : mêmes clés que `en.ts` (le type l'impose), un fichier par espace de noms dans `fr/`. */
export const fr: Catalog = {
  backlog,
  language,
  common,
  labels,
  people,
  goals,
  sponsors,
  impact,
  menu,
  phone,
  room,
  exportUi,
  files,
  help,
  welcome,
  projector,
  agenda,
  canvas,
  app,
  community,
  summary,
  templates,
  errors,
};
