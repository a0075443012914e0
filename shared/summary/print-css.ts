import type { PageSize } from './page-layout';

/** The summary's stylesheet: print first (A4 or Letter), readable fonts, nothing split across pages. */
export function printCss(pageSize: PageSize): string {
  return `
@page { size: ${pageSize}; }
* { box-sizing: border-box; }
html { font-family: 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1b1f24; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 26pt; margin: 0 0 8pt; }
h2 { font-size: 16pt; margin: 22pt 0 8pt; padding-bottom: 3pt; border-bottom: 1.5pt solid #0b5cad; color: #0b3d73; }
h3 { font-size: 12pt; margin: 14pt 0 5pt; }
p { margin: 0 0 6pt; }
.muted { color: #4a5260; }
.small { font-size: 9pt; }
.title-block { padding: 14pt 16pt; border-radius: 6pt; background: #eef4fb; border-left: 6pt solid #0b5cad; break-inside: avoid; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; font-weight: 700; color: #0b5cad; margin: 0 0 4pt; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 12pt; margin: 8pt 0 0; }
.facts dt { font-weight: 700; color: #4a5260; }
.facts dd { margin: 0; }
.glance { display: flex; flex-wrap: wrap; gap: 8pt; list-style: none; padding: 0; margin: 12pt 0 0; }
.glance li { background: #fff; border: 1pt solid #c3d6ec; border-radius: 4pt; padding: 4pt 9pt; }
.glance strong { font-size: 13pt; color: #0b3d73; margin-right: 3pt; }
.vision { font-size: 13pt; line-height: 1.5; margin: 0; padding: 10pt 14pt; border-left: 4pt solid #8a6d00; background: #fffbe3; white-space: pre-wrap; break-inside: avoid; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 9pt; color: #4a5260; margin-top: 4pt; }
.legend { list-style: none; margin: 4pt 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 3pt 12pt; color: #1b1f24; }
.badge { display: inline-block; min-width: 13pt; height: 13pt; line-height: 13pt; border-radius: 7pt; color: #fff; font-weight: 700; font-size: 8pt; text-align: center; margin-right: 4pt; }
.canvas-picture { width: 100%; height: auto; max-height: 230mm; display: block; border: 0.75pt solid #c3c9d3; border-radius: 4pt; background: #fff; }
.theme-block { margin-bottom: 10pt; }
.theme-heading { display: flex; align-items: baseline; gap: 8pt; break-inside: avoid; }
.rank { display: inline-block; min-width: 13pt; height: 13pt; line-height: 13pt; border-radius: 7pt; color: #fff; font-weight: 700; font-size: 9pt; text-align: center; }
.swatch { display: inline-block; width: 9pt; height: 9pt; border-radius: 2pt; border: 0.5pt solid #0003; vertical-align: baseline; }
.votes { font-size: 9.5pt; font-weight: 700; color: #0b3d73; background: #e4eefa; border-radius: 8pt; padding: 0 6pt; white-space: nowrap; }
.notes { list-style: none; margin: 0; padding: 0; columns: 2; column-gap: 10pt; }
.note-item { break-inside: avoid; page-break-inside: avoid; display: block; margin: 0 0 5pt; padding: 4pt 7pt; border-radius: 3pt; border-left: 5pt solid; white-space: pre-wrap; overflow-wrap: break-word; }
.notes--dense { columns: 3; column-gap: 8pt; font-size: 9pt; line-height: 1.3; }
.notes--dense .note-item { margin-bottom: 3pt; padding: 2.5pt 5pt; border-left-width: 4pt; }
.notes--dense .note-meta { font-size: 7.5pt; }
.note-meta { display: block; font-size: 8.5pt; color: #4a5260; white-space: normal; }
table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; background: #eef0f4; font-weight: 700; }
th, td { padding: 3.5pt 6pt; border-bottom: 0.75pt solid #d5dae1; vertical-align: top; overflow-wrap: break-word; }
.amount { text-align: right; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.activities, table.objectives { table-layout: fixed; }
table.objectives td.num { white-space: normal; }
table.objectives td.progress { white-space: nowrap; }
tfoot td { font-weight: 700; border-top: 1.2pt solid #8c95a3; }
.desc { display: block; color: #4a5260; font-size: 8.5pt; white-space: pre-wrap; }
.why { white-space: pre-wrap; }
.bar { display: inline-block; width: 40pt; height: 6pt; background: #e3e5e8; border-radius: 3pt; vertical-align: middle; margin-right: 4pt; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #1d6b35; }
.status { display: inline-block; border-radius: 8pt; padding: 0 6pt; font-size: 8.5pt; font-weight: 700; white-space: nowrap; }
.status--draft { background: #eef0f4; color: #4a5260; }
.status--asked { background: #fff1c2; color: #6b5200; }
.status--granted { background: #d3f2dc; color: #1d6b35; }
.status--refused { background: #fbd9da; color: #a4161a; }
.over { color: #a4161a; font-weight: 700; }
.under { color: #1d6b35; }
.chart-block { margin-bottom: 12pt; }
.chart { width: 100%; max-width: 150mm; height: auto; display: block; }
.goal { break-inside: avoid; }
.goal > h3, .goal > p { break-inside: avoid; break-after: avoid; }
`;
}
