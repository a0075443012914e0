import { fixedTranslator, type Language } from '../i18n';
import type { CanvasTemplate, Zone } from '../schema';

export interface CanvasTemplateDefinition {
  id: CanvasTemplate;
  label: string;
  /** Zones without ids: ids are made when a canvas is created from the template. */
  zones: ReadonlyArray<Omit<Zone, 'id'>>;
}

const ZONE_W = 640;
const ZONE_H = 480;
const GAP = 24;

/** Lays zones out in a grid, left to right then top to bottom. */
function grid(titles: ReadonlyArray<readonly [string, string]>, columns: number, width = ZONE_W, height = ZONE_H) {
  return titles.map(([title, hint], i) => ({
    title,
    hint,
    x: (i % columns) * (width + GAP),
    y: Math.floor(i / columns) * (height + GAP),
    width,
    height,
  }));
}

/** Each template's zones, by their catalogue keys (`templates.zoneTitle.<zone>`, `templates.zoneHint.<zone>`), and its grid. */
const LAYOUTS = {
  'community-of-practice': {
    zones: ['purpose', 'domain', 'members', 'practices', 'activities', 'goals', 'means', 'risks'],
    columns: 4,
    height: ZONE_H,
  },
  wenger: { zones: ['wengerDomain', 'wengerCommunity', 'wengerPractice'], columns: 3, height: ZONE_H * 2 },
  blank: { zones: [], columns: 1, height: ZONE_H },
  'start-stop-continue': { zones: ['start', 'stop', 'continue'], columns: 3, height: ZONE_H * 2 },
} as const;

/** A canvas template with its zones' titles and hints written in a language. */
export function canvasTemplateDefinition(id: CanvasTemplate, language: Language): CanvasTemplateDefinition {
  const t = fixedTranslator(language);
  const layout = LAYOUTS[id];
  const zones = layout.zones.map((zone) => [t(`templates.zoneTitle.${zone}`), t(`templates.zoneHint.${zone}`)] as const);
  return { id, label: t(`templates.canvasLabel.${id}`), zones: grid(zones, layout.columns, ZONE_W, layout.height) };
}

/** The templates in English (their labels are the chooser's until it reads the catalogue itself). */
export const CANVAS_TEMPLATE_DEFINITIONS: Readonly<Record<CanvasTemplate, CanvasTemplateDefinition>> = {
  'community-of-practice': canvasTemplateDefinition('community-of-practice', 'en'),
  wenger: canvasTemplateDefinition('wenger', 'en'),
  blank: canvasTemplateDefinition('blank', 'en'),
  'start-stop-continue': canvasTemplateDefinition('start-stop-continue', 'en'),
};
