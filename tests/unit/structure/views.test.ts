import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { VIEW_IDS } from '../../../shared/schema';
import { en } from '../../../shared/i18n/catalog/en';
import { fr } from '../../../shared/i18n/catalog/fr';

const RENDERER = path.resolve(import.meta.dirname, '../../../renderer');
const componentName = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)}View`;

/** renderer/app/views.tsx finds each view's component by convention; a view without one would fail at start-up. */
test('every view in VIEW_IDS has its component where renderer/app/views.tsx looks for it, and its name in both languages', () => {
  const problems: string[] = [];
  for (const id of VIEW_IDS) {
    const file = path.join(RENDERER, id, `${componentName(id)}.tsx`);
    if (!existsSync(file)) problems.push(`renderer/${id}/${componentName(id)}.tsx is missing`);
    else if (!new RegExp(`export (function|const) ${componentName(id)}\\b`).test(readFileSync(file, 'utf8')))
      problems.push(`renderer/${id}/${componentName(id)}.tsx does not export ${componentName(id)}`);
    if (!(en.common.views as Record<string, string>)[id]) problems.push(`no English name (common.views.${id})`);
    if (!(fr.common.views as Record<string, string>)[id]) problems.push(`no French name (common.views.${id})`);
  }
  expect(problems).toEqual([]);
});
