/**
 * English texts, the reference catalogue, one file a namespace in `en/`: every key here must exist in every other
 * language (the type of `fr.ts` enforces it) and be used somewhere in the code (tests/unit/i18n/catalog.test.ts).
 * Plurals follow i18next's JSON v4 rules (`_one`, `_other`…: CLDR plural categories through Intl.PluralRules).
 * Adding a namespace: `en/<name>.ts` (`as const`), `fr/<name>.ts` (typed `Catalog['<name>']`), one line in each index.
 */
import { backlog } from './en/backlog';
import { language } from './en/language';
import { common } from './en/common';
import { labels } from './en/labels';
import { people } from './en/people';
import { goals } from './en/goals';
import { sponsors } from './en/sponsors';
import { impact } from './en/impact';
import { menu } from './en/menu';
import { phone } from './en/phone';
import { room } from './en/room';
import { exportUi } from './en/export';
import { files } from './en/files';
import { help } from './en/help';
import { welcome } from './en/welcome';
import { projector } from './en/projector';
import { agenda } from './en/agenda';
import { canvas } from './en/canvas';
import { app } from './en/app';
import { community } from './en/community';
import { summary } from './en/summary';
import { templates } from './en/templates';
import { errors } from './en/errors';

export const en = {
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
} as const;
