import { faceDownCount, revealNotes } from '../../shared/domain/room-contributions';
import { api, errorText } from '../api/copstudio-api';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { useRoomStore } from './room-store';
import { roomSync } from './room-sync';
import { ROOM_TEXT } from './room-text';

const fail = (message: string) => useUiStore.getState().notify('error', message);

/** Opens the room dialog (interface picker) when the room is closed, the room's controls when it is open. */
export async function showRoom(): Promise<void> {
  const room = useRoomStore.getState();
  if (room.status.open) {
    room.set({ manageDialog: true });
    return;
  }
  const interfaces = await api().roomListInterfaces();
  if (!interfaces.ok) return fail(errorText(interfaces.error));
  room.set({ interfaces: interfaces.value, openDialog: true });
}

export async function openRoom(address: string, options: { privateWriting: boolean; autoAccept: boolean }): Promise<boolean> {
  useRoomStore.getState().set({ privateWriting: options.privateWriting, lastAppliedOp: 0, joinRequests: [] });
  const result = await api().roomOpen({ address, autoAccept: options.autoAccept, projection: roomSync.projection() });
  if (!result.ok) {
    fail(errorText(result.error));
    return false;
  }
  useRoomStore.getState().set({ status: result.value, openDialog: false });
  return true;
}

export async function closeRoom(): Promise<void> {
  const result = await api().roomClose();
  if (result.ok) useRoomStore.getState().set({ status: result.value, manageDialog: false, joinRequests: [] });
}

async function update(call: Promise<import('../../shared/ipc').IpcResult<import('../../shared/ipc').RoomStatus>>): Promise<void> {
  const result = await call;
  if (result.ok) useRoomStore.getState().set({ status: result.value });
  else fail(errorText(result.error));
}

export async function toggleJoinPanel(): Promise<void> {
  const status = useRoomStore.getState().status;
  if (!status.open) return showRoom();
  return update(api().roomSetJoinPanel({ open: !status.joinPanelOpen }));
}

export const setJoinPanel = (open: boolean) => update(api().roomSetJoinPanel({ open }));
export const setLocked = (locked: boolean) => update(api().roomSetLocked({ locked }));
export const setAutoAccept = (autoAccept: boolean) => update(api().roomSetAutoAccept({ autoAccept }));
export const removeParticipant = (participantId: string) => update(api().roomRemoveParticipant({ participantId }));

/** Turns every face-down note face up (one undo step). */
export function revealRoomNotes(): void {
  if (faceDownCount(currentWorkshop()) === 0) return;
  useWorkshopStore.getState().change(ROOM_TEXT.revealLabel, (draft) => void revealNotes(draft));
}
