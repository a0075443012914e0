import { escapeHtml } from './escape-html';
import { formatDate } from './format';

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Page margins in millimetres; the bottom one leaves room for the running footer. */
export const PAGE_MARGINS_MM = { top: 16, right: 16, bottom: 20, left: 16 } as const;

/**
 * The running footer, for Chromium's print footer template (Electron's printToPDF and Playwright's page.pdf both
 * use it): workshop title and date on the left, "Page X of Y" on the right. The template has no stylesheet of
 * its own, hence the inline styles; the font size must be explicit or Chromium prints it microscopic.
 */
export function footerTemplate(title: string, date: string): string {
  const left = [title.trim() || 'Workshop summary', formatDate(date)].map(escapeHtml).join(' · ');
  return (
    `<div style="font-family: 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif; font-size: 8pt; color: #4a5260; ` +
    `width: 100%; margin: 0 ${PAGE_MARGINS_MM.left}mm; display: flex; justify-content: space-between; border-top: 0.5pt solid #c3c9d3; padding-top: 2mm;">` +
    `<span>${left}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

/** An empty header (Chromium prints the date and URL by default when the footer is on). */
export const HEADER_TEMPLATE = '<span></span>';
