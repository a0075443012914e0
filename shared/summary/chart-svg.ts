import { PRINT_THEME as P } from '../theme/print-theme';
import { escapeHtml } from './escape-html';
import { summaryFormat, type SummaryFormat } from './format';

export interface ChartInput {
  title: string;
  unit: string;
  baseline: number;
  target: number;
  points: readonly { date: string; value: number }[];
}

const W = 560;
const H = 220;
const PAD = { left: 56, right: 16, top: 12, bottom: 30 };

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const r = (v: number) => Math.round(v * 10) / 10;

/**
 * A progress chart of one objective: measured values over time (line and dots), with the baseline (dashed grey)
 * and the target (dashed green) as labelled horizontal lines. Vector, text escaped.
 */
export function chartSvg(input: ChartInput, f: SummaryFormat = summaryFormat('en')): string {
  const values = [input.baseline, input.target, ...input.points.map((p) => p.value)];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const span = hi - lo;
  lo -= span * 0.08;
  hi += span * 0.08;
  const days = input.points.map((p) => dayOf(p.date));
  let d0 = Math.min(...days);
  let d1 = Math.max(...days);
  if (d0 === d1) {
    d0 -= 1;
    d1 += 1;
  }
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (day: number) => PAD.left + ((day - d0) / (d1 - d0)) * plotW;
  const y = (value: number) => PAD.top + (1 - (value - lo) / (hi - lo)) * plotH;
  const hLine = (value: number, label: string, color: string) =>
    `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${r(y(value))}" y2="${r(y(value))}" stroke="${color}" stroke-width="1.5" stroke-dasharray="6 4"/>` +
    `<text x="${W - PAD.right - 4}" y="${r(y(value) + (value >= (lo + hi) / 2 ? 13 : -5))}" font-size="12" text-anchor="end" fill="${color}">${escapeHtml(label)}</text>`;
  const path = input.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(x(dayOf(p.date)))} ${r(y(p.value))}`).join(' ');
  const first = input.points[0];
  const last = input.points[input.points.length - 1];
  const ticks = [hi - ((hi - lo) * 0.08) / 1.16, lo + ((hi - lo) * 0.08) / 1.16].map(
    (v) =>
      `<text x="${PAD.left - 6}" y="${r(y(v) + 4)}" font-size="12" text-anchor="end" fill="${P.muted}">${escapeHtml(f.number(Number(v.toPrecision(4))))}</text>`,
  );
  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(input.title)}" font-family="'Liberation Sans', Arial, 'DejaVu Sans', sans-serif">`,
    `<title>${escapeHtml(input.title)}</title>`,
    `<rect x="${PAD.left}" y="${PAD.top}" width="${plotW}" height="${plotH}" fill="${P.plot}" stroke="${P.rule}"/>`,
    ...ticks,
    hLine(input.baseline, f.t('summary.impact.baseline', { value: f.withUnit(input.baseline, input.unit) }), P.baseline),
    hLine(input.target, f.t('summary.impact.target', { value: f.withUnit(input.target, input.unit) }), P.ok),
    `<path d="${path}" fill="none" stroke="${P.accent}" stroke-width="2.5" stroke-linejoin="round"/>`,
    ...input.points.map((p) => `<circle cx="${r(x(dayOf(p.date)))}" cy="${r(y(p.value))}" r="3.5" fill="${P.accent}"/>`),
    first ? `<text x="${PAD.left}" y="${H - 12}" font-size="12" fill="${P.muted}">${escapeHtml(f.shortDate(first.date))}</text>` : '',
    last && input.points.length > 1
      ? `<text x="${W - PAD.right}" y="${H - 12}" font-size="12" text-anchor="end" fill="${P.muted}">${escapeHtml(f.shortDate(last.date))}</text>`
      : '',
    '</svg>',
  ].join('');
}
