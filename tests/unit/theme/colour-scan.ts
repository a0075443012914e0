import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds colour literals in source text: hex colours (#rgb, #rgba, #rrggbb, #rrggbbaa), functional notations
 * (rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch(), color()) and CSS named colours where a colour is expected.
 * `transparent` and `currentColor` are not colours of a theme and pass.
 */
export type ColourFinding = { line: number; literal: string; index: number };

export const CSS_NAMED_COLOURS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
    'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
    'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
    'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
    'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen'
  ).split(' '),
);

const HEX = /(?<![\w&$.])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w-])/g;
const FUNCTIONAL = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Comments replaced by spaces (line numbers kept). */
function withoutCssComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
}

function patternFindings(text: string): ColourFinding[] {
  const found: ColourFinding[] = [];
  for (const re of [HEX, FUNCTIONAL]) {
    for (const m of text.matchAll(re)) found.push({ line: lineOf(text, m.index), literal: m[0], index: m.index });
  }
  return found;
}

/** Named colours in the values of CSS declarations (strings, url() and custom property names skipped). */
function namedInCssValues(css: string): ColourFinding[] {
  const found: ColourFinding[] = [];
  for (const m of css.matchAll(/(?<=[{;\s])([-a-zA-Z]+)\s*:\s*([^;{}]*)/g)) {
    const value = m[2]!
      .replace(/url\([^)]*\)/g, ' ')
      .replace(/'[^']*'|"[^"]*"/g, ' ')
      .replace(/var\(\s*--[\w-]+/g, ' ');
    for (const word of value.match(/(?<![\w-])[a-zA-Z]+(?![\w-])/g) ?? []) {
      if (CSS_NAMED_COLOURS.has(word.toLowerCase()))
        found.push({ line: lineOf(css, m.index), literal: `${m[1]}: ${word}`, index: m.index });
    }
  }
  return found;
}

/** Named colours where code writes SVG or CSS: `fill="white"`, `stroke: 'black'`, `background:red` in a style string. */
function namedInCode(code: string): ColourFinding[] {
  const found: ColourFinding[] = [];
  const re =
    /(?<![\w-])(fill|stroke|stop-color|flood-color|background|background-color|backgroundColor|border-color|borderColor|outline-color|outlineColor)\s*[=:]\s*['"`]?\s*([a-zA-Z]+)/g;
  for (const m of code.matchAll(re)) {
    if (CSS_NAMED_COLOURS.has(m[2]!.toLowerCase())) found.push({ line: lineOf(code, m.index), literal: m[0], index: m.index });
  }
  return found;
}

export function colourLiterals(text: string, kind: 'css' | 'code'): ColourFinding[] {
  const source = kind === 'css' ? withoutCssComments(text) : text;
  const found = [...patternFindings(source), ...(kind === 'css' ? namedInCssValues(source) : namedInCode(source))];
  return found.sort((a, b) => a.index - b.index);
}

/** Every file under `dir` (relative to the repository root) whose name ends with one of `extensions`. */
export function filesUnder(root: string, dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(root, rel))) {
      if (name === 'node_modules') continue;
      const child = path.join(rel, name);
      if (statSync(path.join(root, child)).isDirectory()) walk(child);
      else if (extensions.some((ext) => name.endsWith(ext))) out.push(child.split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const readText = (root: string, rel: string) => readFileSync(path.join(root, rel), 'utf8');
