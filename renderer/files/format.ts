import { intlLocale, type TranslatorLanguage } from '../../shared/i18n';
import { i18n, tr } from '../common/i18n';

const locale = () => intlLocale(i18n.language as TranslatorLanguage);

/** "24 Nov 2026, 09:41:05" / « 24 nov. 2026, 09:41:05 » in the interface language. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'medium' });
}

/** "512 bytes", "12 KB", "1.5 MB" / « 1,5 Mo », numbers in the interface language. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return tr('files.size.bytes', { count: bytes });
  const number = (value: number, digits: number) =>
    value.toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (bytes < 1024 * 1024) return tr('files.size.kb', { size: number(bytes / 1024, 0) });
  return tr('files.size.mb', { size: number(bytes / 1024 / 1024, 1) });
}

/** The folder part of a path, for display. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}
