import type { Locator, Page } from 'playwright-core';
import { screenshot } from './screenshot';

/** The page's switch to the pseudo-locale and back (`renderer/common/pseudo-check.ts`). */
type PseudoWindow = Window & { __copStudioPseudo?: (on: boolean) => void };

/** The viewport whose layout checks also run in the pseudo-locale (issue 15: the small screen is where text runs out). */
export const PSEUDO_CHECK_WIDTH = 1024;

/**
 * Layout problems a person would see: a page that scrolls sideways, text that overflows or is cut off by its
 * box, text outside the window. Text hidden on purpose for screen readers (clipped to 1 px) is skipped.
 *
 * At 1024 px wide, in an app launched by `launchApp` (`?pseudoChecks`), the same screen is checked again in the
 * pseudo-locale (every text accented and 40 % longer), then shown back in its language: so every E2E file's
 * 1024×768 checks run in the pseudo-locale too. Its problems start with "pseudo-locale:". `pseudo: false` skips it
 * (a screen measured for something other than its words).
 */
export async function layoutProblems(page: Page, options: { clampedOnPurpose?: string; pseudo?: boolean } = {}): Promise<string[]> {
  const problems = await problemsNow(page, options);
  if (options.pseudo === false || page.viewportSize()?.width !== PSEUDO_CHECK_WIDTH) return problems;
  const pseudo = await inPseudoLocale(page, () => problemsNow(page, options));
  return [...problems, ...(pseudo ?? []).map((problem) => `pseudo-locale: ${problem}`)];
}

/**
 * Runs `check` on the same screen shown in the pseudo-locale (every text accented and 40 % longer), then shows it
 * back in its language with every state kept; null when the page has no such switch (or is already in it). A check
 * that finds problems leaves a screenshot, test-results/screenshots/pseudo-problem-<n>.png. Locators used inside must
 * not depend on the words shown (roles without names, or names read before).
 */
export async function inPseudoLocale(page: Page, check: () => Promise<string[]>): Promise<string[] | null> {
  const shownIn = () => page.evaluate(() => document.documentElement.dataset.uiLanguage ?? null);
  const before = await shownIn();
  if (before === 'pseudo' || !(await page.evaluate(() => typeof (window as PseudoWindow).__copStudioPseudo === 'function'))) return null;
  await page.evaluate(() => (window as PseudoWindow).__copStudioPseudo!(true));
  try {
    await page.waitForFunction(() => document.documentElement.dataset.uiLanguage === 'pseudo');
    await afterPaint(page);
    const problems = await check();
    if (problems.length > 0) await screenshot(page, `pseudo-problem-${++pseudoShots}`);
    return problems;
  } finally {
    await page.evaluate(() => (window as PseudoWindow).__copStudioPseudo!(false));
    await page.waitForFunction((language) => document.documentElement.dataset.uiLanguage === language, before);
    await afterPaint(page);
  }
}

let pseudoShots = 0;

/** Two animation frames: what React committed is laid out and painted. */
const afterPaint = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

function problemsNow(page: Page, options: { clampedOnPurpose?: string }): Promise<string[]> {
  return page.evaluate(
    ({ clampedOnPurpose }) => {
      const problems: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
      const hiddenOnPurpose = (el: Element | null): boolean => {
        for (let node = el; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.clipPath !== 'none' || style.display === 'none' || style.visibility === 'hidden') return true;
        }
        return false;
      };
      const name = (el: HTMLElement) => `<${el.tagName.toLowerCase()}> “${(el.textContent ?? '').trim().slice(0, 40)}”`;
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
        const text = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        if (!text) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || hiddenOnPurpose(el)) continue;
        // Text the design shortens on purpose (a note's face ends with an ellipsis; the whole text shows when selected).
        if (clampedOnPurpose && el.matches(clampedOnPurpose)) continue;
        const style = getComputedStyle(el);
        // One line that ends with an ellipsis and keeps its whole text in its tooltip (the save status) is shortened on purpose.
        const whole = (el.textContent ?? '').trim();
        if (style.textOverflow === 'ellipsis' && whole !== '' && (el.getAttribute('title') ?? '').includes(whole)) continue;
        if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
          problems.push(`${name(el)} overflows its box: ${el.scrollWidth} > ${el.clientWidth}`);
        }
        if (
          style.display !== 'inline' &&
          style.overflowY !== 'visible' &&
          style.overflowY !== 'auto' &&
          el.scrollHeight > el.clientHeight + 1
        ) {
          problems.push(`${name(el)} is cut off at the bottom: ${el.scrollHeight} > ${el.clientHeight}`);
        }
        if (rect.left < -1 || rect.right > root.clientWidth + 1)
          problems.push(`${name(el)} is outside the window: ${rect.left}…${rect.right}`);
      }
      return problems;
    },
    { clampedOnPurpose: options.clampedOnPurpose },
  );
}

/** Pairs of elements whose boxes overlap (each given by role and name). */
export async function overlaps(items: Array<{ label: string; locator: Locator }>): Promise<string[]> {
  const boxes = await Promise.all(items.map(async (item) => ({ label: item.label, box: await item.locator.boundingBox() })));
  const problems: string[] = [];
  for (const { label, box } of boxes) if (!box) problems.push(`${label} is not on screen`);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      if (!a || !b) continue;
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) problems.push(`${boxes[i]!.label} overlaps ${boxes[j]!.label}`);
    }
  }
  return problems;
}

export interface RoomScreenReport {
  /** Visible text that is too small, clipped, cut mid-word or off screen; the page scrolling sideways. */
  problems: string[];
  /** Accessible names (or text) of the visible controls. */
  controls: string[];
  /** The smallest on-screen text size seen, in CSS px. */
  smallestText: number;
  textCount: number;
}

/**
 * What the room sees, measured: every visible text node's on-screen size (computed font size × the zoom and
 * scale of its ancestors), whether its box is clipped by an ancestor or cut off, whether a word breaks across
 * lines, horizontal scrolling; and the list of visible controls.
 */
export async function roomScreen(page: Page, options: { minTextPx: number }): Promise<RoomScreenReport> {
  return page.evaluate(({ minTextPx }) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const hidden = (el: Element | null): boolean => {
      for (let node = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath !== 'none') return true;
      }
      return false;
    };
    const scaleOf = (el: Element): number => {
      let scale = 1;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const zoom = parseFloat(getComputedStyle(node).zoom || '1');
        if (Number.isFinite(zoom) && zoom > 0) scale *= zoom;
        const html = node as HTMLElement;
        if (html.offsetWidth > 0) {
          const ratio = node.getBoundingClientRect().width / html.offsetWidth;
          if (ratio > 0 && Math.abs(ratio - 1) > 0.01 && getComputedStyle(node).transform !== 'none') scale *= ratio;
        }
      }
      return scale;
    };
    const name = (el: Element, text: string) => `<${el.tagName.toLowerCase()}> “${text.trim().slice(0, 50)}”`;
    let smallest = Infinity;
    let count = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!text.trim()) continue;
      const el = node.parentElement!;
      if (hidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      count++;
      const size = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
      smallest = Math.min(smallest, size);
      if (size < minTextPx - 0.01) problems.push(`${name(el, text)} is ${size.toFixed(1)} px on screen`);
      // Clipped by an ancestor that hides its overflow, or outside the window.
      for (const r of rects) {
        if (r.left < -1 || r.right > root.clientWidth + 1 || r.top < -1 || r.bottom > root.clientHeight + 1) {
          problems.push(`${name(el, text)} is outside the window`);
          break;
        }
      }
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = a.getBoundingClientRect();
        const cut = rects.some((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
        if (cut && style.overflowY !== 'auto' && style.overflowY !== 'scroll') {
          problems.push(`${name(el, text)} is clipped by <${a.tagName.toLowerCase()} class="${a.className}">`);
          break;
        }
      }
      if (getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el, text)} ends in an ellipsis`);
      // A word broken across two lines (a break after a hyphen is a normal line break).
      const words = /[^\s\-\u2010]+[\-\u2010]?/g;
      for (let m = words.exec(text); m; m = words.exec(text)) {
        const w = document.createRange();
        w.setStart(node, m.index);
        w.setEnd(node, m.index + m[0].length);
        const lines = new Set(
          Array.from(w.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) {
          problems.push(`${name(el, text)}: the word “${m[0]}” breaks across lines`);
          break;
        }
      }
    }
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, a[href], [role="button"], [role="checkbox"], [role="menuitem"], [contenteditable="true"]',
      ),
    )
      .filter((el) => !hidden(el) && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0)
      .map((el) => el.getAttribute('aria-label') ?? (el.textContent ?? '').trim() ?? el.tagName);
    return { problems, controls, smallestText: smallest, textCount: count };
  }, options);
}
