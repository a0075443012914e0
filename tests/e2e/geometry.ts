import type { Locator, Page } from 'playwright-core';

/**
 * Layout problems a person would see: a page that scrolls sideways, text that overflows or is cut off by its
 * box, text outside the window. Text hidden on purpose for screen readers (clipped to 1 px) is skipped.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
      const style = getComputedStyle(el);
      if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(el)} overflows its box: ${el.scrollWidth} > ${el.clientWidth}`);
      }
      if (style.display !== 'inline' && style.overflowY !== 'visible' && style.overflowY !== 'auto' && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${name(el)} is cut off at the bottom: ${el.scrollHeight} > ${el.clientHeight}`);
      }
      if (rect.left < -1 || rect.right > root.clientWidth + 1) problems.push(`${name(el)} is outside the window: ${rect.left}…${rect.right}`);
    }
    return problems;
  });
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
