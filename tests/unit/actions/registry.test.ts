import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { ACTION_IDS, type ActionId } from '../../../shared/actions/action-specs';
import type { AppAction } from '../../../renderer/common/action';

/**
 * The renderer's side of the one action registry, in Node: the DOM classes the key code checks with `instanceof`
 * are stand-ins, the platform is chosen per test through `navigator.platform`.
 */
class FakeElement {
  isContentEditable = false;
  classList = { contains: () => false };
  closest = () => null;
}
let platform = 'Linux x86_64';

type Modules = {
  APP_ACTIONS: ReadonlyArray<AppAction>;
  actionForKey: typeof import('../../../renderer/app/use-app-shortcuts').actionForKey;
  installActions: typeof import('../../../renderer/app/action-state').installActions;
  watchActionState: typeof import('../../../renderer/app/action-state').watchActionState;
  tooltipOf: typeof import('../../../renderer/common/action').tooltipOf;
  ariaKeysOf: typeof import('../../../renderer/common/action').ariaKeysOf;
  shortcutOf: typeof import('../../../renderer/common/action').shortcutOf;
  stores: {
    file: typeof import('../../../renderer/files/file-store').useFileStore;
    ui: typeof import('../../../renderer/store/ui-store').useUiStore;
    canvas: typeof import('../../../renderer/canvas/canvas-ui-store').useCanvasUiStore;
    facilitation: typeof import('../../../renderer/agenda/facilitation-store').useFacilitationStore;
  };
};
let m: Modules;

beforeAll(async () => {
  vi.stubGlobal('navigator', {
    get platform() {
      return platform;
    },
    languages: ['en'],
  });
  for (const name of ['HTMLElement', 'HTMLInputElement', 'HTMLTextAreaElement', 'HTMLSelectElement']) vi.stubGlobal(name, FakeElement);
  vi.stubGlobal('document', {
    querySelector: () => null,
    activeElement: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  });
  m = {
    APP_ACTIONS: (await import('../../../renderer/app/app-actions')).APP_ACTIONS,
    actionForKey: (await import('../../../renderer/app/use-app-shortcuts')).actionForKey,
    ...(await import('../../../renderer/app/action-state')),
    ...(await import('../../../renderer/common/action')),
    stores: {
      file: (await import('../../../renderer/files/file-store')).useFileStore,
      ui: (await import('../../../renderer/store/ui-store')).useUiStore,
      canvas: (await import('../../../renderer/canvas/canvas-ui-store')).useCanvasUiStore,
      facilitation: (await import('../../../renderer/agenda/facilitation-store')).useFacilitationStore,
    },
  };
});

beforeEach(() => {
  platform = 'Linux x86_64';
  m.stores.file.setState({ home: false });
  m.stores.ui.setState({ view: 'canvas', canvasMode: 'edit' });
  m.stores.canvas.getState().select([]);
  m.stores.facilitation.setState({ projecting: false });
  m.installActions(m.APP_ACTIONS);
});

afterEach(() => {
  platform = 'Linux x86_64';
});

const key = (key: string, options: Partial<KeyboardEvent> = {}) =>
  ({ key, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: null, ...options }) as unknown as KeyboardEvent;
const actionFor = (event: KeyboardEvent) => m.actionForKey(m.APP_ACTIONS, event)?.id;

describe('the composed registry', () => {
  test('the features declare every action of shared/actions exactly once, and nothing else', () => {
    const ids = m.APP_ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ACTION_IDS].sort());
    expect(m.APP_ACTIONS.filter((a) => a.label.trim() === '').map((a) => a.id)).toEqual([]);
  });
});

describe('key dispatch', () => {
  test('a key runs the action of the scope that shows, and only while it is enabled', () => {
    expect(actionFor(key('d', { ctrlKey: true }))).toBeUndefined();
    m.stores.canvas.getState().select(['n1']);
    expect(actionFor(key('d', { ctrlKey: true }))).toBe('canvas.duplicate');
    expect(actionFor(key('Delete'))).toBe('canvas.delete');
    expect(actionFor(key('n'))).toBe('canvas.addNote');
    m.stores.ui.setState({ view: 'backlog' });
    expect(actionFor(key('n'))).toBe('backlog.newActivity');
    expect(actionFor(key('d', { ctrlKey: true }))).toBeUndefined();
  });

  test('Cmd on macOS: Ctrl+D does nothing there', () => {
    platform = 'MacIntel';
    m.stores.canvas.getState().select(['n1']);
    expect(actionFor(key('d', { metaKey: true }))).toBe('canvas.duplicate');
    expect(actionFor(key('d', { ctrlKey: true }))).toBeUndefined();
  });

  test('projector keys only while projecting; on the welcome screen only what applies there', () => {
    expect(actionFor(key('Escape'))).toBeUndefined();
    expect(actionFor(key('PageDown'))).toBeUndefined();
    m.stores.facilitation.setState({ projecting: true });
    expect(actionFor(key('Escape'))).toBe('view.projector.leave');
    expect(actionFor(key('PageDown'))).toBe('agenda.step.next');
    m.stores.facilitation.setState({ projecting: false });
    m.stores.file.setState({ home: true });
    expect(actionFor(key('s', { ctrlKey: true }))).toBeUndefined();
    expect(actionFor(key('o', { ctrlKey: true }))).toBe('file.open');
    expect(actionFor(key('?', { shiftKey: true }))).toBe('help.shortcuts');
    expect(actionFor(key('2', { altKey: true, code: 'Digit2' }))).toBeUndefined();
  });

  test('a plain key does not run while typing in a text field; a key with a modifier that may, does', () => {
    const field = Object.assign(new FakeElement(), { type: 'text' });
    Object.setPrototypeOf(field, (globalThis as unknown as { HTMLInputElement: typeof FakeElement }).HTMLInputElement.prototype);
    expect(actionFor(key('n', { target: field as unknown as EventTarget }))).toBeUndefined();
    expect(actionFor(key('s', { ctrlKey: true, target: field as unknown as EventTarget }))).toBe('file.save');
  });
});

describe('enabled state', () => {
  test('changes reach the registry and the menu in order, only what changed', async () => {
    const pushed: Array<Array<{ id: ActionId; enabled: boolean }>> = [];
    const stop = m.watchActionState(m.APP_ACTIONS, async (items) => {
      pushed.push(items);
      return { ok: true, value: null };
    });
    try {
      m.stores.canvas.getState().select(['n1']);
      m.stores.canvas.getState().select(['n1', 'n2']);
      m.stores.canvas.getState().select([]);
      await vi.waitFor(() => expect(pushed.length).toBe(3));
      expect(pushed[0]!.length).toBe(ACTION_IDS.length);
      expect(pushed[0]!.find((i) => i.id === 'canvas.delete')).toEqual({ id: 'canvas.delete', enabled: false });
      const selectionActions = ['canvas.delete', 'canvas.duplicate', 'canvas.group'];
      expect(pushed[1]!.map((i) => i.id).sort()).toEqual(selectionActions);
      expect(pushed[1]!.every((i) => i.enabled)).toBe(true);
      expect(pushed[2]!.every((i) => !i.enabled)).toBe(true);
    } finally {
      stop();
    }
  });
});

describe('what a button says of its action', () => {
  const duplicate = () => m.APP_ACTIONS.find((a) => a.id === 'canvas.duplicate')!;

  test('macOS: the Duplicate tooltip says ⌘D, not Ctrl+D (the bug of the hand-written "Duplicate (Ctrl+D)")', () => {
    platform = 'MacIntel';
    expect(m.tooltipOf(duplicate())).toBe('Duplicate the selected notes (⌘D)');
    expect(m.ariaKeysOf('canvas.duplicate')).toBe('Meta+D');
    expect(m.shortcutOf('file.saveAs')).toBe('⇧⌘S');
  });

  test('elsewhere: Ctrl+D', () => {
    expect(m.tooltipOf(duplicate())).toBe('Duplicate the selected notes (Ctrl+D)');
    expect(m.ariaKeysOf('canvas.duplicate')).toBe('Control+D');
    // Keys of another scope are not the button's: the step buttons name Ctrl+PageDown, not PageDown.
    expect(m.ariaKeysOf('agenda.step.next')).toBe('Control+PageDown');
    expect(m.ariaKeysOf('agenda.step.next', 'other', 'projector')).toBe('PageDown');
    expect(m.tooltipOf(m.APP_ACTIONS.find((a) => a.id === 'file.details')!)).toBe('Workshop details…');
  });
});
