import { faceDownCount } from '../../shared/domain/room-contributions';
import { defineActions } from '../common/action';
import { currentWorkshop } from '../store/workshop-store';
import { closeRoom, revealRoomNotes, showRoom, toggleJoinPanel } from './room-commands';
import { useRoomStore } from './room-store';
import { ROOM_TEXT } from './room-text';

const roomIsOpen = () => useRoomStore.getState().status.open;

/** Room mode (issue 17): open and manage the room, the join panel, revealing the phones' notes. */
export const ROOM_ACTIONS = defineActions([
  {
    id: 'room.open',
    get label() {
      return ROOM_TEXT.openAction;
    },
    perform: showRoom,
  },
  {
    id: 'room.joinPanel',
    get label() {
      return ROOM_TEXT.joinPanelAction;
    },
    perform: toggleJoinPanel,
  },
  {
    id: 'room.revealNotes',
    get label() {
      return ROOM_TEXT.revealAction;
    },
    enabled: () => faceDownCount(currentWorkshop()) > 0,
    perform: revealRoomNotes,
  },
  {
    id: 'room.close',
    get label() {
      return ROOM_TEXT.closeAction;
    },
    enabled: roomIsOpen,
    perform: closeRoom,
  },
]);
