/**
 * The colours JSON Canvas readers show for the format's six presets ("1" red, "2" orange, "3" yellow, "4" green,
 * "5" cyan, "6" purple; Obsidian's values): a `.canvas` file's preset is matched to the nearest note colour through
 * them (`shared/json-canvas/canvas-colors.ts`). Not a colour of ours, but a colour all the same: it lives with the
 * theme files, where tests/unit/theme/colour-literals.test.ts allows colours.
 */
export const JSON_CANVAS_PRESET_RGB: Readonly<Record<string, string>> = {
  '1': '#fb464c',
  '2': '#e9973f',
  '3': '#e0de71',
  '4': '#44cf6e',
  '5': '#53dfdd',
  '6': '#a882ff',
};
