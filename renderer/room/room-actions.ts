import { primaryModifier, shortcutLabel, type AppAction } from '../actions/action';
import { closeRoom, revealRoomNotes, showRoom, toggleJoinPanel } from './room-commands';
import { ROOM_TEXT } from './room-text';

const modShift = (key: string) => (event: KeyboardEvent) =>
  primaryModifier(event) && event.shiftKey && !event.altKey && event.key.toLowerCase() === key;

/** Room mode (issue 17): open and manage the room, the join panel, revealing the phones' notes. */
export const ROOM_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'room.open',
    get label() {
      return ROOM_TEXT.openAction;
    },
    shortcut: shortcutLabel('Mod+Shift+J'),
    keyTest: modShift('j'),
    allowInTextField: true,
    menuCommand: 'room.open',
    perform: showRoom,
  },
  {
    id: 'room.joinPanel',
    get label() {
      return ROOM_TEXT.joinPanelAction;
    },
    shortcut: shortcutLabel('Mod+Shift+K'),
    keyTest: modShift('k'),
    allowInTextField: true,
    menuCommand: 'room.joinPanel',
    perform: toggleJoinPanel,
  },
  {
    id: 'room.revealNotes',
    get label() {
      return ROOM_TEXT.revealAction;
    },
    menuCommand: 'room.revealNotes',
    perform: revealRoomNotes,
  },
  {
    id: 'room.close',
    get label() {
      return ROOM_TEXT.closeAction;
    },
    menuCommand: 'room.close',
    perform: closeRoom,
  },
];
