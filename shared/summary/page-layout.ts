export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Portrait [width, height] of each page size, in millimetres. */
export const PAGE_SIZES_MM: Readonly<Record<PageSize, readonly [number, number]>> = { A4: [210, 297], Letter: [215.9, 279.4] };

export const PT_PER_MM = 72 / 25.4;

/** Page margins in millimetres (CSS `@page` rules); the bottom one holds the running footer. */
export const PAGE_MARGINS_MM = { top: 16, right: 16, bottom: 20, left: 16 } as const;

/**
 * User text as a CSS string literal (for `content:` in a page-margin box): quotes and backslashes escaped,
 * line breaks and control characters dropped, and `<` written as an escape so nothing can close the
 * `<style>` element.
 */
export function cssString(text: string): string {
  const body = text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ');
  return `"${body}"`;
}
