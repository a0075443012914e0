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

export const CANVAS_TEMPLATE_DEFINITIONS: Readonly<Record<CanvasTemplate, CanvasTemplateDefinition>> = {
  'community-of-practice': {
    id: 'community-of-practice',
    label: 'Community of practice canvas',
    zones: grid(
      [
        ['Purpose (why)', 'Why does this community exist?'],
        ['Domain (what we care about)', 'The craft we share and want to get better at'],
        ['Members (who)', 'Who is in, who should be, who helps'],
        ['Practices (how we learn)', 'How we learn together'],
        ['Activities (ideas)', 'Brown bag lunches, katas, helping teams…'],
        ['Goals (what success looks like)', 'What will have changed in a year?'],
        ['Means & sponsors', 'Time, budget, rooms, tooling — and who grants them'],
        ['Risks', 'What could make it fail'],
      ],
      4,
    ),
  },
  wenger: {
    id: 'wenger',
    label: "Wenger's three elements",
    zones: grid(
      [
        ['Domain', 'The shared concern or passion'],
        ['Community', 'The people and their relationships'],
        ['Practice', 'The shared repertoire: tools, stories, ways of doing'],
      ],
      3,
      ZONE_W,
      ZONE_H * 2,
    ),
  },
  blank: { id: 'blank', label: 'Blank canvas', zones: [] },
  'start-stop-continue': {
    id: 'start-stop-continue',
    label: 'Start / Stop / Continue',
    zones: grid(
      [
        ['Start', 'What should we start doing?'],
        ['Stop', 'What should we stop doing?'],
        ['Continue', 'What works and should go on?'],
      ],
      3,
      ZONE_W,
      ZONE_H * 2,
    ),
  },
};
