import { VIEW_IDS, type ViewId } from '../schema/agenda';
import { parseChord, sameChord, type Chord } from './keys';

/**
 * Where an action's keys work. `global`: everywhere; a view (`canvas`, `backlog`…): while that view shows;
 * `projector`: in projector mode (whatever view is behind it). Two views never show at once; projector mode and a
 * view do.
 */
export type ActionScope = 'global' | 'projector' | ViewId;

/** A key of an action: its chord, in `scope` when not the action's own; `alias`: works, but the labels name the first. */
export type KeyBinding = string | { chord: string; scope?: ActionScope; alias?: boolean };

export interface ActionSpec {
  /** The action's keys, the first one shown in menus and tooltips (see `shared/actions/keys.ts` for the spelling). */
  keys?: readonly KeyBinding[];
  /** Where its keys work (default: global). */
  scope?: ActionScope;
  /** Its keys work even while the focus is in a text field (they have a modifier, or none is typed there). */
  inTextField?: boolean;
  /**
   * The Electron menu registers the accelerator (the menu item runs on the key, even in a text field). Otherwise
   * the menu shows the keys and leaves them to the renderer (`registerAccelerator: false`), so typing stays typing.
   */
  menuOwnsKeys?: boolean;
}

/** `view.show.<view>` with Alt+1 … Alt+7 in the order of VIEW_IDS: navigation, keys and the Go To menu share it. */
const VIEW_SPECS = Object.fromEntries(
  VIEW_IDS.map((view, index) => [`view.show.${view}`, { keys: [`Alt+${index + 1}`], inTextField: true }]),
) as unknown as Record<`view.show.${ViewId}`, ActionSpec>;

/**
 * Every action of the app, with its keys declared once. The renderer gives each its label, `enabled` and
 * `perform` (one file per feature); the Electron menu takes its accelerators and ids from here.
 */
export const ACTION_SPECS = {
  'file.new': { keys: ['Mod+N'], inTextField: true, menuOwnsKeys: true },
  'file.open': { keys: ['Mod+O'], inTextField: true, menuOwnsKeys: true },
  'file.save': { keys: ['Mod+S'], inTextField: true, menuOwnsKeys: true },
  'file.saveAs': { keys: ['Mod+Shift+S'], inTextField: true, menuOwnsKeys: true },
  'file.details': {},
  'file.openRecent': { keys: ['Mod+Shift+O'], inTextField: true, menuOwnsKeys: true },
  'file.backups': {},
  'file.close': { keys: ['Mod+W'], inTextField: true, menuOwnsKeys: true },
  'edit.undo': { keys: ['Mod+Z'], menuOwnsKeys: true },
  'edit.redo': { keys: ['Mod+Shift+Z', { chord: 'Mod+Y', alias: true }], menuOwnsKeys: true },
  'view.theme.light': {},
  'view.theme.dark': {},
  'view.theme.high-contrast': {},
  'view.language.system': {},
  'view.language.en': {},
  'view.language.fr': {},
  ...VIEW_SPECS,
  'view.pitch': { keys: ['Alt+P'] },
  'view.projector': { keys: ['F5'], inTextField: true },
  'view.projector.leave': { keys: ['Esc'], scope: 'projector' },
  'agenda.timer.toggle': { keys: ['Mod+Shift+T'], inTextField: true },
  'agenda.timer.reset': { keys: ['Mod+Shift+R'], inTextField: true },
  'agenda.timer.addMinute': { keys: ['Mod+Shift+Up'] },
  'agenda.timer.removeMinute': { keys: ['Mod+Shift+Down'] },
  'agenda.step.next': { keys: ['Mod+PageDown', { chord: 'PageDown', scope: 'projector' }] },
  'agenda.step.previous': { keys: ['Mod+PageUp', { chord: 'PageUp', scope: 'projector' }] },
  'projector.surface.next': { keys: ['S'], scope: 'projector' },
  'projector.surface.previous': { keys: ['Shift+S'], scope: 'projector' },
  'projector.page.next': { keys: ['Down'], scope: 'projector' },
  'projector.page.previous': { keys: ['Up'], scope: 'projector' },
  'projector.zone.next': { keys: ['Right'], scope: 'projector' },
  'projector.zone.previous': { keys: ['Left'], scope: 'projector' },
  'projector.reveal': { keys: ['R'], scope: 'projector' },
  'backlog.newActivity': { keys: ['N'], scope: 'backlog' },
  'canvas.addNote': { keys: ['N'], scope: 'canvas' },
  'canvas.delete': { keys: ['Delete', { chord: 'Backspace', alias: true }], scope: 'canvas' },
  'canvas.duplicate': { keys: ['Mod+D'], scope: 'canvas' },
  'canvas.group': { keys: ['G'], scope: 'canvas' },
  'canvas.zoomIn': { keys: ['Plus', { chord: '=', alias: true }], scope: 'canvas' },
  'canvas.zoomOut': { keys: ['-', { chord: '_', alias: true }], scope: 'canvas' },
  'canvas.actualSize': { keys: ['0'], scope: 'canvas' },
  'canvas.fit': { keys: ['1'], scope: 'canvas' },
  'export.pdf.a4': { keys: ['Mod+E'], inTextField: true, menuOwnsKeys: true },
  'export.pdf.letter': {},
  'export.pdf.brief': {},
  'export.markdown': {},
  'export.jsonCanvas': {},
  'import.jsonCanvas': {},
  'room.open': { keys: ['Mod+Shift+J'], inTextField: true },
  'room.joinPanel': { keys: ['Mod+Shift+K'], inTextField: true },
  'room.revealNotes': {},
  'room.close': {},
  'help.shortcuts': { keys: ['Shift+?'] },
} as const satisfies Record<string, ActionSpec>;

export type ActionId = keyof typeof ACTION_SPECS;
export const ACTION_IDS = Object.keys(ACTION_SPECS) as ActionId[];

export const isActionId = (value: unknown): value is ActionId => typeof value === 'string' && Object.hasOwn(ACTION_SPECS, value);

export const actionSpec = (id: ActionId): ActionSpec => ACTION_SPECS[id];

export interface ParsedBinding {
  chord: Chord;
  /** The declared spelling, e.g. "Mod+D". */
  text: string;
  scope: ActionScope;
  alias: boolean;
}

/** An action's keys, parsed, each with the scope it works in. */
export function bindingsOf(id: ActionId, specs: Readonly<Record<string, ActionSpec>> = ACTION_SPECS): ParsedBinding[] {
  const spec = specs[id] ?? {};
  return (spec.keys ?? []).map((binding) => {
    const { chord, scope, alias } = typeof binding === 'string' ? { chord: binding, scope: undefined, alias: false } : binding;
    return { chord: parseChord(chord), text: chord, scope: scope ?? spec.scope ?? 'global', alias: Boolean(alias) };
  });
}

/** Whether two scopes can hold at the same time (then one key must not belong to both). */
export function scopesOverlap(a: ActionScope, b: ActionScope): boolean {
  if (a === b || a === 'global' || b === 'global') return true;
  // Projector mode shows over any view; two views never show together.
  return a === 'projector' || b === 'projector';
}

/** Keys that two actions claim where both can run at once: "Mod+D: canvas.duplicate and x.y (canvas)". */
export function findKeyConflicts(specs: Readonly<Record<string, ActionSpec>> = ACTION_SPECS): string[] {
  const ids = Object.keys(specs);
  const all = ids.flatMap((id) => bindingsOf(id as ActionId, specs).map((binding) => ({ id, binding })));
  const conflicts: string[] = [];
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      if (a.id === b.id) continue;
      if (sameChord(a.binding.chord, b.binding.chord) && scopesOverlap(a.binding.scope, b.binding.scope)) {
        conflicts.push(`${a.binding.text}: ${a.id} (${a.binding.scope}) and ${b.id} (${b.binding.scope})`);
      }
    }
  });
  return conflicts;
}
