/** Plain-text formatting shared by the HTML and Markdown summaries (no escaping here). */

/** 1234.5 → "1,234.5"; at most two decimals. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A value with its unit: "12 h", "40 %", "3 talks". */
export function withUnit(value: number, unit: string): string {
  const u = unit.trim();
  if (!u) return formatNumber(value);
  return u === '%' ? `${formatNumber(value)} %` : `${formatNumber(value)} ${u}`;
}

/** 2026-11-24 → "24 Nov 2026" (dates are calendar dates, no time zone involved). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (!y || !m || !d || m < 1 || m > 12) return isoDate;
  return `${d} ${months[m - 1]} ${y}`;
}

/** Seconds → "5 min", "1 h 05 min", "4 min 30 s". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (s === 0) return `${m} min`;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

/** Actual minus planned: "+3 min", "−2 min 30 s", "on time". */
export function formatOverrun(plannedSeconds: number, actualSeconds: number): string {
  const delta = Math.round(actualSeconds - plannedSeconds);
  if (Math.abs(delta) < 30) return 'on time';
  return `${delta > 0 ? '+' : '−'}${formatDuration(Math.abs(delta))}`;
}

/** 0.42 → "42 %". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;
