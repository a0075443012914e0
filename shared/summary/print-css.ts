import { NOTE_COLORS } from '../schema';
import { PRINT_THEME as P } from '../theme/print-theme';
import { NOTE_FILL, NOTE_INK } from './note-palette';
import { cssString, PAGE_MARGINS_MM, type PageSize } from './page-layout';

const FOOTER_FONT = `8pt 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif`;

/**
 * The summary's stylesheet: print first (A4 or Letter), no type under 8.5 pt (the footer is 8 pt), nothing split
 * across pages. The running footer (workshop title · date, "Page X of Y") is drawn by CSS page-margin boxes;
 * the canvas page is a named landscape page. The document is print-only: on screen its body is not rendered, so
 * the PDF engine's page lays it out once, for print, instead of also laying out, painting and rasterising it for
 * a screen nobody sees (and laying it out again for that screen after printing) — about a third of the time of a
 * large summary (issue 18).
 */
export function printCss(pageSize: PageSize, options: { footerLeft: string; pageNumber: string }): string {
  const m = PAGE_MARGINS_MM;
  const footer = `font: ${FOOTER_FONT}; color: ${P.muted}; border-top: 0.5pt solid ${P.rule}; vertical-align: top; padding-top: 2mm;`;
  return `
@page {
  size: ${pageSize};
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @bottom-left { content: ${cssString(options.footerLeft)}; ${footer} }
  @bottom-right { content: ${pageNumberContent(options.pageNumber)}; ${footer} }
}
@page landscape { size: ${pageSize} landscape; }
@media screen { body { display: none; } }
* { box-sizing: border-box; }
html { font-family: 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.4; color: ${P.text}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 26pt; margin: 0 0 8pt; }
h2 { font-size: 16pt; margin: 22pt 0 8pt; padding-bottom: 3pt; border-bottom: 1.5pt solid ${P.accent}; color: ${P.heading}; }
h3 { font-size: 12pt; margin: 14pt 0 5pt; }
p { margin: 0 0 6pt; }
.muted { color: ${P.muted}; }
.small { font-size: 9pt; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; font-weight: 700; color: ${P.accent}; margin: 0 0 4pt; }
.vision { font-size: 13pt; line-height: 1.5; margin: 0; padding: 10pt 14pt; border-left: 4pt solid ${P.visionBar}; background: ${P.visionTint}; white-space: pre-wrap; break-inside: avoid; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 9pt; color: ${P.muted}; margin-top: 4pt; }
.legend { list-style: none; margin: 4pt 0 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 2pt 12pt; color: ${P.text}; }
.badge { display: inline-block; min-width: 13pt; height: 13pt; line-height: 13pt; border-radius: 7pt; color: ${P.paper}; font-weight: 700; font-size: 8.5pt; text-align: center; margin-right: 4pt; }
.canvas-page { page: landscape; }
.canvas-page h2 { margin-top: 0; }
.canvas-picture { display: block; margin: 0 auto; border: 0.75pt solid ${P.rule}; border-radius: 4pt; background: ${P.paper}; }
.brief { break-after: page; }
.brief:not(.brief--then-appendix) { break-after: auto; }
.brief h2 { font-size: 12pt; margin: 10pt 0 4pt; padding-bottom: 2pt; border-bottom-width: 1pt; }
.brief-head { display: flex; gap: 14pt; align-items: flex-start; padding: 10pt 14pt; border-radius: 6pt; background: ${P.briefTint}; border-left: 6pt solid ${P.accent}; }
.brief-head__main { flex: 1; min-width: 0; }
.brief-next { flex: none; min-width: 32mm; text-align: right; }
.brief .brief-next h2 { margin: 0 0 2pt; border: 0; padding: 0; font-size: 10.5pt; color: ${P.accent}; }
.brief-head h1 { font-size: 20pt; margin: 0 0 3pt; }
.brief-facts { font-size: 11pt; margin: 0; }
.brief-domain { margin: 4pt 0 0; }
.brief .vision { font-size: 12pt; line-height: 1.4; }
.brief-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 14pt; }
.brief ul, .brief ol { list-style: none; margin: 0; padding: 0; }
.brief li { margin: 0 0 4pt; break-inside: avoid; }
.top-themes li { display: flex; align-items: baseline; gap: 6pt; }
.top-name { flex: 1; }
.brief-goals .objective, .brief-asks .ask-what, .brief-activities .muted { display: block; font-size: 9.5pt; }
.brief-goals .objective { color: ${P.secondary}; }
.ask-kind { font-weight: 700; }
.next-date { font-size: 15pt; font-weight: 700; color: ${P.heading}; margin: 0; white-space: nowrap; }
.more { font-size: 9pt; color: ${P.muted}; margin: 2pt 0 0; }
.brief-tail { font-size: 9pt; color: ${P.muted}; margin-top: 12pt; }
.nowrap { white-space: nowrap; }
.note-num { display: inline-block; min-width: 16pt; font-weight: 700; color: ${P.strong}; }
.zone-block { margin-bottom: 6pt; }
.zone-block h3 { margin-top: 8pt; }
dl.members { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 10pt; margin: 0; }
dl.members dt { font-weight: 700; color: ${P.muted}; }
dl.members dd { margin: 0; }
.theme-block { margin-bottom: 10pt; }
.theme-heading { display: flex; align-items: baseline; gap: 8pt; break-inside: avoid; }
.rank { display: inline-block; min-width: 13pt; height: 13pt; line-height: 13pt; border-radius: 7pt; color: ${P.paper}; font-weight: 700; font-size: 9pt; text-align: center; }
.swatch { display: inline-block; width: 9pt; height: 9pt; border-radius: 2pt; border: 0.5pt solid ${P.swatchEdge}; vertical-align: baseline; }
.votes { font-size: 9.5pt; font-weight: 700; color: ${P.heading}; background: ${P.votesTint}; border-radius: 8pt; padding: 0 6pt; white-space: nowrap; }
.notes { list-style: none; margin: 0; padding: 0; columns: 2; column-gap: 10pt; font-size: 9.5pt; }
.note-item { break-inside: avoid; page-break-inside: avoid; display: block; margin: 0 0 5pt; padding: 4pt 7pt; border-radius: 3pt; border-left: 5pt solid; white-space: pre-wrap; overflow-wrap: break-word; }
.notes--dense { columns: 3; column-gap: 8pt; font-size: 8.5pt; line-height: 1.3; }
.notes--dense .note-item { margin-bottom: 3pt; padding: 2.5pt 5pt; border-left-width: 4pt; }
.notes--dense .note-meta { font-size: 8.5pt; }
.note-meta { display: block; font-size: 8.5pt; color: ${P.muted}; white-space: normal; }
table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; background: ${P.tint}; font-weight: 700; }
th, td { padding: 3.5pt 6pt; border-bottom: 0.75pt solid ${P.ruleLight}; vertical-align: top; overflow-wrap: break-word; }
.amount { text-align: right; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.health-trend { width: auto; margin-top: 8pt; }
table.health-trend caption { text-align: left; font-size: 9pt; color: ${P.muted}; padding-bottom: 3pt; }
.health-trend__overall td { font-weight: 700; }
.trend-line { display: block; }
.trend-line__mid { stroke: ${P.rule}; stroke-width: 0.75; stroke-dasharray: 2 2; }
.trend-line__path { fill: none; stroke: ${P.accent}; stroke-width: 1.6; stroke-linejoin: round; }
.trend-line__dot { fill: ${P.accent}; }
table.activities, table.objectives { table-layout: fixed; }
table.objectives td.num { white-space: normal; }
table.objectives td.progress { white-space: nowrap; }
tfoot td { font-weight: 700; border-top: 1.2pt solid ${P.ruleStrong}; }
.desc { display: block; color: ${P.muted}; font-size: 8.5pt; white-space: pre-wrap; }
.why { white-space: pre-wrap; }
.bar { display: inline-block; width: 40pt; height: 6pt; background: ${P.barTrack}; border-radius: 3pt; vertical-align: middle; margin-right: 4pt; overflow: hidden; }
.bar > span { display: block; height: 100%; background: ${P.ok}; }
.status { display: inline-block; border-radius: 8pt; padding: 0 6pt; font-size: 8.5pt; font-weight: 700; white-space: nowrap; }
.status--draft { background: ${P.tint}; color: ${P.muted}; }
.status--asked { background: ${P.askedTint}; color: ${P.askedText}; }
.status--granted { background: ${P.grantedTint}; color: ${P.ok}; }
.status--refused { background: ${P.refusedTint}; color: ${P.danger}; }
.over { color: ${P.danger}; font-weight: 700; }
.under { color: ${P.ok}; }
.chart-block { margin-bottom: 12pt; }
.chart { width: 100%; max-width: 150mm; height: auto; display: block; }
.goal { break-inside: avoid; }
${NOTE_COLORS.map((c) => `.note--${c} { background: ${NOTE_FILL[c]}; border-left-color: ${NOTE_INK[c]}; }`).join('\n')}
.goal > h3, .goal > p { break-inside: avoid; break-after: avoid; }
`;
}

/** "Page {{page}} of {{pages}}" (the catalogue's words) as CSS generated content with the page counters. */
function pageNumberContent(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter(Boolean)
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}
