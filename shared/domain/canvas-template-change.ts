import type { Language } from '../i18n';
import type { CanvasTemplate, Workshop } from '../schema';
import { zonesFromTemplate } from './new-workshop';
import { zoneOfRect } from './zone-of-point';

/**
 * Switches the canvas to another template: the zones are replaced by the template's and every note keeps its
 * place, text, theme and dots; its zone is derived again from where it stands (null when no zone is under it).
 * No note is ever lost. The new zones are written in the workshop's language (its summary language; else English).
 */
export function changeCanvasTemplate(w: Workshop, template: CanvasTemplate, language: Language = w.meta.language ?? 'en'): void {
  w.canvas.template = template;
  w.canvas.zones = zonesFromTemplate(template, language);
  for (const note of w.canvas.notes) note.zoneId = zoneOfRect(w.canvas.zones, note)?.id ?? null;
}

/** Renames a zone (an empty title is refused: a zone needs one). */
export function renameZone(w: Workshop, zoneId: string, title: string): void {
  const zone = w.canvas.zones.find((z) => z.id === zoneId);
  if (zone && title.trim()) zone.title = title.slice(0, 120);
}
