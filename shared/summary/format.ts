import { fixedTranslator, type Language, type Translate } from '../i18n';

/**
 * Plain-text formatting shared by the HTML and Markdown summaries (no escaping here), in the summary's language:
 * numbers and dates through `Intl` (French: « 1 234,5 », « 3 décembre 2026 »).
 */

const numberFormats = new Map<Language, Intl.NumberFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** 1234.5 → "1,234.5" / « 1 234,5 »; at most two decimals. */
export function formatNumber(value: number, language: Language = 'en'): string {
  let format = numberFormats.get(language);
  if (!format)
    numberFormats.set(language, (format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 })));
  return format.format(value);
}

/** A value with its unit: "12 h", "40 %", "3 talks". */
export function withUnit(value: number, unit: string, language: Language = 'en'): string {
  const u = unit.trim();
  if (!u) return formatNumber(value, language);
  return `${formatNumber(value, language)} ${u}`;
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * 2026-11-24 → "24 Nov 2026" / « 24 novembre 2026 ». Dates are calendar dates: formatted at noon UTC, in UTC, so
 * they never move with the machine's time zone. English keeps the one short format the views share (ICU's
 * British English would write "Sept").
 */
export function formatDate(isoDate: string, language: Language = 'en'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d || m < 1 || m > 12) return isoDate;
  if (language !== 'fr') return `${d} ${ENGLISH_MONTHS[m - 1]} ${y}`;
  let format = dateFormats.get(language);
  if (!format)
    dateFormats.set(
      language,
      (format = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })),
    );
  return format.format(Date.UTC(y, m - 1, d, 12));
}

const shortDateFormats = new Map<Language, Intl.DateTimeFormat>();

/** 2026-12-04 → "4 Dec 2026" / « 4 déc. 2026 »: a date in a table column, where the long French month would not fit. */
export function formatShortDate(isoDate: string, language: Language = 'en'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (language !== 'fr' || !y || !m || !d || m < 1 || m > 12) return formatDate(isoDate, language);
  let format = shortDateFormats.get(language);
  if (!format)
    shortDateFormats.set(
      language,
      (format = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })),
    );
  return format.format(Date.UTC(y, m - 1, d, 12));
}

/** Seconds → "5 min", "1 h 05 min", "4 min 30 s" (the same symbols in English and French). */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (s === 0) return `${m} min`;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

/** 0.42 → "42 %". */
export function formatPercent(fraction: number, language: Language = 'en'): string {
  return `${formatNumber(Math.round(fraction * 100), language)} %`;
}

/** Things the summary counts, each a plural key of `summary.count`. */
export type CountKey = 'participants' | 'votes' | 'notes' | 'activities' | 'measurements';

/** Everything the summary writes with, in one language: its texts (`t`), numbers, dates and counts. */
export interface SummaryFormat {
  language: Language;
  t: Translate;
  number(value: number): string;
  date(isoDate: string): string;
  /** A date in a table cell or on a chart's axis: "4 Dec 2026" / « 4 déc. 2026 ». */
  shortDate(isoDate: string): string;
  withUnit(value: number, unit: string): string;
  percent(fraction: number): string;
  duration(seconds: number): string;
  /** Actual minus planned: "+3 min", "−2 min 30 s", "on time" / « dans les temps ». */
  overrun(plannedSeconds: number, actualSeconds: number): string;
  /** "1 vote", "12 votes" / « 1 234 notes ». */
  count(key: CountKey, n: number): string;
}

const formats = new Map<Language, SummaryFormat>();

/** The summary's formatter for a language (made once per language: the catalogues are bundled). */
export function summaryFormat(language: Language): SummaryFormat {
  const known = formats.get(language);
  if (known) return known;
  const t = fixedTranslator(language);
  const format: SummaryFormat = {
    language,
    t,
    number: (value) => formatNumber(value, language),
    date: (isoDate) => formatDate(isoDate, language),
    shortDate: (isoDate) => formatShortDate(isoDate, language),
    withUnit: (value, unit) => withUnit(value, unit, language),
    percent: (fraction) => formatPercent(fraction, language),
    duration: formatDuration,
    overrun: (planned, actual) => {
      const delta = Math.round(actual - planned);
      if (Math.abs(delta) < 30) return t('summary.agenda.onTime');
      return `${delta > 0 ? '+' : '−'}${formatDuration(Math.abs(delta))}`;
    },
    count: (key, n) => t(`summary.count.${key}`, { count: n, n: formatNumber(n, language) }),
  };
  formats.set(language, format);
  return format;
}
