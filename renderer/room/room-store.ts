import { create } from 'zustand';
import { CLOSED_ROOM, type RoomInterface, type RoomStatus } from '../../shared/ipc/room-types';
import { resetStore } from '../store/store-reset';

export interface JoinRequest {
  participantId: string;
  name: string;
}

interface RoomState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  status: RoomStatus;
  /** Notes from phones arrive face down (the room's setting, chosen when opening). */
  privateWriting: boolean;
  /** The last phone operation this window handled (applied or refused). */
  lastAppliedOp: number;
  joinRequests: JoinRequest[];
  interfaces: RoomInterface[];
  openDialog: boolean;
  manageDialog: boolean;
  set(patch: Partial<Omit<RoomState, 'set'>>): void;
}

export const useRoomStore = create<RoomState>()((set, _get, store) => ({
  reset: resetStore(store),
  status: CLOSED_ROOM,
  privateWriting: true,
  lastAppliedOp: 0,
  joinRequests: [],
  interfaces: [],
  openDialog: false,
  manageDialog: false,
  set: (patch) => set(patch),
}));

/** The members whose phones are in the room now (joined; none when the room is closed). */
export function roomMemberIds(): string[] {
  const { status } = useRoomStore.getState();
  if (!status.open) return [];
  return status.participants.flatMap((p) => (p.state === 'joined' && p.memberId !== null ? [p.memberId] : []));
}
