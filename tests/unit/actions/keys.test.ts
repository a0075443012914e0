import { describe, expect, test } from 'vitest';
import { ACTION_IDS, ACTION_SPECS, bindingsOf, findKeyConflicts, type ActionSpec } from '../../../shared/actions/action-specs';
import {
  chordAccelerator,
  chordAriaKeys,
  chordLabel,
  keyPlatformOf,
  matchesChord,
  parseChord,
  type KeyEventLike,
} from '../../../shared/actions/keys';

const press = (key: string, options: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key,
  code: options.code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...options,
});

describe('parsing a declared chord', () => {
  test('modifiers and keys, in the one platform-neutral spelling', () => {
    expect(parseChord('Mod+Shift+S')).toEqual({ mod: true, alt: false, shift: true, key: 's' });
    expect(parseChord('Alt+1')).toEqual({ mod: false, alt: true, shift: false, key: '1' });
    expect(parseChord('Shift+?')).toEqual({ mod: false, alt: false, shift: true, key: '?' });
    expect(parseChord('Plus').key).toBe('+');
    expect(parseChord('Esc').key).toBe('Escape');
    expect(parseChord('Mod+PageDown').key).toBe('PageDown');
    expect(parseChord('Up').key).toBe('ArrowUp');
    expect(parseChord('F5').key).toBe('F5');
  });

  test('a typo is an error, not a shortcut that never fires', () => {
    expect(() => parseChord('Ctrl+S')).toThrow(/unknown modifier "Ctrl"/);
    expect(() => parseChord('Mod+')).toThrow(/names no key/);
    expect(() => parseChord('Mod+Foo')).toThrow(/unknown key "Foo"/);
    expect(() => parseChord('Shift+Shift+A')).toThrow(/written twice/);
  });

  test('every key the actions declare parses', () => {
    for (const id of ACTION_IDS) expect(() => bindingsOf(id), id).not.toThrow();
  });
});

describe('matching key events', () => {
  const duplicate = parseChord('Mod+D');
  test('Mod is Cmd on macOS and Ctrl elsewhere, and the other one must not be held', () => {
    expect(matchesChord(duplicate, press('d', { metaKey: true }), 'mac')).toBe(true);
    expect(matchesChord(duplicate, press('d', { ctrlKey: true }), 'mac')).toBe(false);
    expect(matchesChord(duplicate, press('d', { ctrlKey: true }), 'other')).toBe(true);
    expect(matchesChord(duplicate, press('d', { metaKey: true }), 'other')).toBe(false);
    expect(matchesChord(duplicate, press('d', { ctrlKey: true, metaKey: true }), 'other')).toBe(false);
    expect(matchesChord(duplicate, press('D', { ctrlKey: true, shiftKey: true }), 'other')).toBe(false);
    expect(matchesChord(duplicate, press('d'), 'other')).toBe(false);
  });

  test('Shift counts for letters and named keys', () => {
    expect(matchesChord(parseChord('Mod+Shift+S'), press('S', { ctrlKey: true, shiftKey: true }), 'other')).toBe(true);
    expect(matchesChord(parseChord('Mod+S'), press('S', { ctrlKey: true, shiftKey: true }), 'other')).toBe(false);
    expect(matchesChord(parseChord('Up'), press('ArrowUp', { shiftKey: true }), 'other')).toBe(false);
    expect(matchesChord(parseChord('Mod+Shift+Up'), press('ArrowUp', { ctrlKey: true, shiftKey: true }), 'other')).toBe(true);
  });

  test('a typed symbol is what counts, whatever Shift it took on this keyboard', () => {
    expect(matchesChord(parseChord('Shift+?'), press('?', { shiftKey: true }), 'other')).toBe(true);
    expect(matchesChord(parseChord('Shift+?'), press('?'), 'other')).toBe(true);
    expect(matchesChord(parseChord('Plus'), press('+', { shiftKey: true }), 'other')).toBe(true);
    expect(matchesChord(parseChord('Plus'), press('+', { ctrlKey: true }), 'other')).toBe(false);
  });

  test('with Alt, letters and digits match their physical key (macOS Option types "π" and "¡")', () => {
    expect(matchesChord(parseChord('Alt+P'), press('π', { altKey: true, code: 'KeyP' }), 'mac')).toBe(true);
    expect(matchesChord(parseChord('Alt+1'), press('¡', { altKey: true, code: 'Digit1' }), 'mac')).toBe(true);
    expect(matchesChord(parseChord('Alt+1'), press('&', { altKey: true, shiftKey: false, code: 'Digit1' }), 'other')).toBe(true);
    expect(matchesChord(parseChord('Alt+1'), press('2', { altKey: true, code: 'Digit2' }), 'other')).toBe(false);
    // Without Alt, the typed character decides (an AZERTY "&" key is not "1").
    expect(matchesChord(parseChord('1'), press('&', { code: 'Digit1' }), 'other')).toBe(false);
  });
});

describe('what people and tools read, from the same declaration', () => {
  test('labels: ⌘ and Apple symbols on macOS, Ctrl+… elsewhere', () => {
    expect(chordLabel(parseChord('Mod+D'), 'mac')).toBe('⌘D');
    expect(chordLabel(parseChord('Mod+D'), 'other')).toBe('Ctrl+D');
    expect(chordLabel(parseChord('Mod+Shift+S'), 'mac')).toBe('⇧⌘S');
    expect(chordLabel(parseChord('Mod+Shift+S'), 'other')).toBe('Ctrl+Shift+S');
    expect(chordLabel(parseChord('Alt+1'), 'mac')).toBe('⌥1');
    expect(chordLabel(parseChord('Alt+1'), 'other')).toBe('Alt+1');
    expect(chordLabel(parseChord('Mod+Shift+Up'), 'other')).toBe('Ctrl+Shift+Up');
    expect(chordLabel(parseChord('Mod+Shift+Up'), 'mac')).toBe('⇧⌘↑');
    expect(chordLabel(parseChord('Shift+?'), 'other')).toBe('?');
    expect(chordLabel(parseChord('Esc'), 'other')).toBe('Esc');
    expect(chordLabel(parseChord('Plus'), 'other')).toBe('+');
  });

  test('aria-keyshortcuts', () => {
    expect(chordAriaKeys(parseChord('Mod+D'), 'other')).toBe('Control+D');
    expect(chordAriaKeys(parseChord('Mod+D'), 'mac')).toBe('Meta+D');
    expect(chordAriaKeys(parseChord('Shift+?'), 'other')).toBe('Shift+?');
    expect(chordAriaKeys(parseChord('Plus'), 'other')).toBe('Plus');
    expect(chordAriaKeys(parseChord('Mod+Shift+Up'), 'other')).toBe('Control+Shift+ArrowUp');
  });

  test('Electron accelerators', () => {
    expect(chordAccelerator(parseChord('Mod+D'))).toBe('CmdOrCtrl+D');
    expect(chordAccelerator(parseChord('Mod+Shift+Up'))).toBe('CmdOrCtrl+Shift+Up');
    expect(chordAccelerator(parseChord('Alt+1'))).toBe('Alt+1');
    expect(chordAccelerator(parseChord('Plus'))).toBe('Plus');
    expect(chordAccelerator(parseChord('Shift+?'))).toBe('Shift+/');
    expect(chordAccelerator(parseChord('Esc'))).toBe('Esc');
    expect(chordAccelerator(parseChord('Delete'))).toBe('Delete');
  });

  test('the platform from navigator.platform or process.platform', () => {
    expect(['MacIntel', 'darwin', 'iPad'].map(keyPlatformOf)).toEqual(['mac', 'mac', 'mac']);
    expect(['Linux x86_64', 'Win32', 'linux', 'win32', ''].map(keyPlatformOf)).toEqual(['other', 'other', 'other', 'other', 'other']);
  });
});

describe('no key runs two actions', () => {
  test('no key of the app belongs to two actions that can run in the same place at the same time', () => {
    expect(findKeyConflicts(ACTION_SPECS)).toEqual([]);
  });

  test('the check finds a clash: global against a view, a view against projector mode, and two aliases', () => {
    const specs: Record<string, ActionSpec> = {
      'a.global': { keys: ['N'] },
      'b.canvas': { keys: ['N'], scope: 'canvas' },
      'c.backlog': { keys: ['G'], scope: 'backlog' },
      'd.canvas': { keys: ['G'], scope: 'canvas' },
      'e.projector': { keys: [{ chord: 'Mod+D', scope: 'projector' }] },
      'f.canvas': { keys: ['0', { chord: 'Mod+D', alias: true }], scope: 'canvas' },
      'g.global': { keys: ['Shift+?'] },
      'h.global': { keys: ['?'] },
    };
    expect(findKeyConflicts(specs)).toEqual([
      'N: a.global (global) and b.canvas (canvas)',
      'Mod+D: e.projector (projector) and f.canvas (canvas)',
      'Shift+?: g.global (global) and h.global (global)',
    ]);
  });
});
