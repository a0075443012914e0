/**
 * Keyboard shortcuts written once, platform-neutral ("Mod+D", "Alt+1", "Shift+?", "N", "PageDown"), and everything
 * derived from that one spelling: the matcher of key events, the label people read (⌘ on macOS, Ctrl elsewhere),
 * `aria-keyshortcuts`, and the Electron menu accelerator. No DOM, no Node: used by the renderer and the main process.
 *
 * - `Mod` is Cmd on macOS and Ctrl elsewhere; the other of the two must not be held.
 * - Modifiers: `Mod`, `Alt`, `Shift`, before the key, joined by `+` (`Mod+Shift+S`; the key `+` itself is `Plus`).
 * - Keys: a letter, a digit, a punctuation character, or a name: Delete, Backspace, Esc, Enter, Space, Tab, Up,
 *   Down, Left, Right, PageUp, PageDown, Home, End, F1…F12, Plus.
 * - Shift is part of a letter's or a named key's chord; a digit or a punctuation character names what was typed, so
 *   Shift is not checked there (`?` needs Shift on one layout and not on another; `Shift+?` just says so).
 * - With Alt, letters and digits also match by their physical key (`event.code`): macOS's Option turns Alt+P into "π".
 */
import { common } from '../i18n/catalog/en/common';

export type KeyPlatform = 'mac' | 'other';

export interface Chord {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  /** The key as `KeyboardEvent.key` names it; letters in lower case. */
  key: string;
}

/** What the matcher reads of a key event (a DOM `KeyboardEvent` fits). */
export interface KeyEventLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const NAMED_KEYS: Record<string, string> = {
  delete: 'Delete',
  backspace: 'Backspace',
  esc: 'Escape',
  escape: 'Escape',
  enter: 'Enter',
  space: ' ',
  tab: 'Tab',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  home: 'Home',
  end: 'End',
  plus: '+',
};

const isLetter = (key: string) => /^[a-z]$/.test(key);
const isDigit = (key: string) => /^[0-9]$/.test(key);
/** A printable character that is neither a letter nor a digit: what was typed names the key. */
const isSymbol = (key: string) => key.length === 1 && !isLetter(key) && !isDigit(key) && key !== ' ';

/** Reads one chord; throws on a spelling it does not know (a typo in a declaration fails the unit tests at once). */
export function parseChord(chord: string): Chord {
  const parts = chord.split('+');
  const keyName = parts.pop();
  if (keyName === undefined || keyName === '') throw new Error(`"${chord}" names no key (write the key + as "Plus").`);
  const result: Chord = { mod: false, alt: false, shift: false, key: '' };
  for (const part of parts) {
    const modifier = part.toLowerCase();
    if (modifier !== 'mod' && modifier !== 'alt' && modifier !== 'shift')
      throw new Error(`"${chord}": unknown modifier "${part}" (Mod, Alt or Shift).`);
    if (result[modifier]) throw new Error(`"${chord}": ${part} is written twice.`);
    result[modifier] = true;
  }
  const named = NAMED_KEYS[keyName.toLowerCase()];
  if (named !== undefined) result.key = named;
  else if (/^F([1-9]|1[0-2])$/i.test(keyName)) result.key = keyName.toUpperCase();
  else if (keyName.length === 1) result.key = keyName.toLowerCase();
  else throw new Error(`"${chord}": unknown key "${keyName}".`);
  return result;
}

/** Whether a key event is this chord, on this platform. */
export function matchesChord(chord: Chord, event: KeyEventLike, platform: KeyPlatform): boolean {
  const primary = platform === 'mac' ? event.metaKey : event.ctrlKey;
  const other = platform === 'mac' ? event.ctrlKey : event.metaKey;
  if (other || primary !== chord.mod || event.altKey !== chord.alt) return false;
  const typed = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (isLetter(chord.key)) {
    const sameKey = typed === chord.key || (chord.alt && event.code === `Key${chord.key.toUpperCase()}`);
    return sameKey && event.shiftKey === chord.shift;
  }
  if (isDigit(chord.key)) return typed === chord.key || (chord.alt && event.code === `Digit${chord.key}`);
  if (isSymbol(chord.key)) return typed === chord.key;
  return typed === chord.key && event.shiftKey === chord.shift;
}

/** Two chords one key press could both be (the conflict check). */
export function sameChord(a: Chord, b: Chord): boolean {
  if (a.key !== b.key || a.mod !== b.mod || a.alt !== b.alt) return false;
  // Shift is not checked for digits and symbols: with and without it they are the same press.
  return isDigit(a.key) || isSymbol(a.key) || a.shift === b.shift;
}

/** The keys and modifiers whose names people read in their language (the `common.keys` catalogue). */
export const KEY_NAMES = [
  'ctrl',
  'alt',
  'shift',
  'space',
  'enter',
  'esc',
  'delete',
  'backspace',
  'tab',
  'up',
  'down',
  'left',
  'right',
  'pageUp',
  'pageDown',
  'home',
  'end',
] as const;
export type KeyName = (typeof KEY_NAMES)[number];
/** The names a language gives its keys ("Maj", "Espace", "Suppr"); a key it does not name keeps its English name. */
export type KeyNames = Partial<Record<KeyName, string>>;

/** English names, from the catalogue (the fallback for a language that does not name a key). */
const ENGLISH_KEY_NAMES: Record<KeyName, string> = common.keys;

/** `KeyboardEvent.key` → the name people read. */
const NAME_OF_KEY: Record<string, KeyName> = {
  ' ': 'space',
  Enter: 'enter',
  Escape: 'esc',
  Delete: 'delete',
  Backspace: 'backspace',
  Tab: 'tab',
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
  Home: 'home',
  End: 'end',
};
const MAC_ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/**
 * The chord as people read it: "Ctrl+Shift+S", "Alt+1", "?" on Windows and Linux; "⇧⌘S", "⌥1", "?" on macOS
 * (Apple's order: Option, Shift, Command). Shift before a symbol is left out: the symbol says it. `names` are the
 * key names of the interface language ("Ctrl+Maj+S", "Suppr"); without them, English.
 */
export function chordLabel(chord: Chord, platform: KeyPlatform, names: KeyNames = {}): string {
  const name = (key: KeyName) => names[key] ?? ENGLISH_KEY_NAMES[key];
  const shift = chord.shift && !isSymbol(chord.key);
  const named = NAME_OF_KEY[chord.key];
  const key = isLetter(chord.key)
    ? chord.key.toUpperCase()
    : platform === 'mac' && MAC_ARROWS[chord.key]
      ? MAC_ARROWS[chord.key]!
      : named
        ? name(named)
        : chord.key;
  if (platform === 'mac') return `${chord.alt ? '⌥' : ''}${shift ? '⇧' : ''}${chord.mod ? '⌘' : ''}${key}`;
  return [chord.mod && name('ctrl'), chord.alt && name('alt'), shift && name('shift'), key].filter(Boolean).join('+');
}

/** The chord in `aria-keyshortcuts`' spelling: "Control+Shift+S" (macOS: "Meta+Shift+S"), "Shift+?", "ArrowUp", "Plus". */
export function chordAriaKeys(chord: Chord, platform: KeyPlatform): string {
  const key = isLetter(chord.key) ? chord.key.toUpperCase() : chord.key === '+' ? 'Plus' : chord.key === ' ' ? 'Space' : chord.key;
  return [chord.mod && (platform === 'mac' ? 'Meta' : 'Control'), chord.alt && 'Alt', chord.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Esc',
  ' ': 'Space',
  '+': 'Plus',
};

/**
 * The chord as an Electron accelerator (https://www.electronjs.org/docs/latest/api/accelerator): "CmdOrCtrl+D",
 * "Alt+1", "Plus"; "?" is the US key that types it, "Shift+/".
 */
export function chordAccelerator(chord: Chord): string {
  const questionMark = chord.key === '?';
  const key = questionMark ? '/' : isLetter(chord.key) ? chord.key.toUpperCase() : (ACCELERATOR_KEYS[chord.key] ?? chord.key);
  return [chord.mod && 'CmdOrCtrl', chord.alt && 'Alt', (chord.shift || questionMark) && 'Shift', key].filter(Boolean).join('+');
}

/** macOS or not, from `navigator.platform` or Node's `process.platform`. */
export const keyPlatformOf = (platform: string): KeyPlatform => (/^(darwin|Mac|iPhone|iPad)/.test(platform) ? 'mac' : 'other');
