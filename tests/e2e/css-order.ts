import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { notePaletteCss } from '../../shared/theme/note-palette';
import { REPO_ROOT } from './launch-app';

/**
 * The app's stylesheets from source, one string per file (every .css file under renderer/ but the phone page's, and the
 * generated note palette), sorted by path. Tests adopt them in several orders to show that the look does not depend
 * on the order of imports.
 */
export function sourceStylesheets(): Array<{ name: string; css: string }> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.css') && rel !== 'renderer/phone/phone.css') files.push(rel);
    }
  };
  walk('renderer');
  return [
    ...files.sort().map((file) => ({ name: file, css: readFileSync(path.join(REPO_ROOT, file), 'utf8') })),
    { name: 'virtual:note-palette.css', css: notePaletteCss() },
  ];
}

/** Properties compared: what a person sees of an element (colours, type, box, layout). */
export const COMPARED_PROPERTIES = [
  'color',
  'background-color',
  'background-image',
  'opacity',
  'visibility',
  'display',
  'position',
  'z-index',
  'top',
  'right',
  'bottom',
  'left',
  'width',
  'height',
  'min-width',
  'max-width',
  'min-height',
  'max-height',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
  'box-shadow',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'text-decoration-line',
  'white-space',
  'overflow-x',
  'overflow-y',
  'text-overflow',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'justify-content',
  'gap',
  'order',
  'grid-template-columns',
  'grid-template-rows',
  'grid-column-start',
  'grid-column-end',
  'cursor',
  'resize',
  'list-style-type',
  'transform',
  'filter',
];

/**
 * Every element's computed style (COMPARED_PROPERTIES) with the page's stylesheets as they are, then with the
 * given stylesheets adopted in each of the given orders instead; returns the differences (at most `limit`), as
 * "element path: property: as shipped → in that order". The page's own stylesheets come back afterwards.
 */
export async function styleDifferencesAcrossOrders(
  page: Page,
  orders: ReadonlyArray<ReadonlyArray<{ name: string; css: string }>>,
  limit = 40,
): Promise<string[]> {
  return page.evaluate(
    ({ orders, properties, limit }) => {
      const pathOf = (el: Element): string => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
          const parent: Element | null = e.parentElement;
          const index = parent ? Array.prototype.indexOf.call(parent.children, e) : 0;
          const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
          parts.unshift(`${e.tagName.toLowerCase()}${cls}:${index}`);
        }
        return parts.join(' > ');
      };
      const snapshot = () => {
        const out = new Map<string, string[]>();
        for (const el of document.querySelectorAll('body *')) {
          const style = getComputedStyle(el);
          out.set(
            pathOf(el),
            properties.map((p) => style.getPropertyValue(p)),
          );
        }
        return out;
      };
      // No transition or animation while stylesheets change: every value is the one the styles give at rest.
      const still = new CSSStyleSheet();
      still.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
      document.adoptedStyleSheets = [still];
      const shipped = snapshot();
      const links = [...document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel="stylesheet"], style')];
      const differences: string[] = [];
      try {
        for (const l of links) l.disabled = true;
        for (const order of orders) {
          document.adoptedStyleSheets = [
            still,
            ...order.map(({ css }) => {
              const sheet = new CSSStyleSheet();
              sheet.replaceSync(css);
              return sheet;
            }),
          ];
          const now = snapshot();
          const label = order.map((s) => s.name.split('/').pop()).join(' ');
          for (const [key, values] of shipped) {
            const other = now.get(key);
            if (!other) continue;
            values.forEach((v, i) => {
              if (v !== other[i] && differences.length < limit)
                differences.push(`${key}: ${properties[i]}: ${v} → ${other[i]} (order: ${label})`);
            });
          }
        }
      } finally {
        document.adoptedStyleSheets = [];
        for (const l of links) l.disabled = false;
      }
      return differences;
    },
    { orders: orders.map((o) => o.map((s) => ({ name: s.name, css: s.css }))), properties: COMPARED_PROPERTIES, limit },
  );
}
