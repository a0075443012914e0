import { describe, expect, test } from 'vitest';
import { THEMES } from '../../shared/preferences';
import { seriousAxeViolations, type AxeProblem } from './axe';
import { launchApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { launchWithNewWorkshop } from './welcome-helpers';

closeAppsAfterEachTest();

const describeProblems = (problems: Array<AxeProblem & { where: string }>) =>
  problems.map((p) => `${p.where}: [${p.impact}] ${p.rule} — ${p.help} — ${p.targets.slice(0, 3).join(' | ')}`);

/**
 * axe-core on every main view (whatever the navigation lists), in every theme, plus the keyboard map and
 * projector mode: no serious or critical violation.
 */
describe('accessibility audit (axe-core)', () => {
  for (const theme of THEMES) {
    test(`every view in the ${theme} theme`, async () => {
      const app = await launchWithNewWorkshop({ viewport: { width: 1280, height: 800 } });
      const { page } = app;
      await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
      await app.menu(`view.theme.${theme}`);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);

      const problems: Array<AxeProblem & { where: string }> = [];
      const nav = page.getByRole('navigation', { name: 'Views' });
      const views = await nav.getByRole('button').allTextContents();
      expect(views.length).toBeGreaterThanOrEqual(7);
      for (const name of views) {
        await nav.getByRole('button', { name, exact: true }).click();
        await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe(name);
        problems.push(...(await seriousAxeViolations(page)).map((p) => ({ ...p, where: name })));
      }

      await page.keyboard.press('?');
      await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(1);
      problems.push(...(await seriousAxeViolations(page)).map((p) => ({ ...p, where: 'keyboard map' })));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);

      expect(describeProblems(problems)).toEqual([]);

      // Focus rings: every control reached with Tab on the agenda shows a solid ring of at least 2 px.
      await nav.getByRole('button', { name: 'Agenda', exact: true }).click();
      const unringed: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName,
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
          };
        });
        if (ring && (ring.style === 'none' || ring.width < 2)) unringed.push(`${ring.name}: ${ring.style} ${ring.width}px`);
      }
      expect(unringed).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      await app.close();
    });
  }
});
