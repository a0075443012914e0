import { IpcFailure } from '../../../shared/ipc';
import type { DomainHandlers, MainServices } from '../handler-table';

/** Room mode (issue 17): the facilitator's window drives the room server. */
export function roomHandlers({ room }: MainServices): DomainHandlers<'room'> {
  const openRoom = () => {
    if (!room.isOpen()) throw new IpcFailure('not-allowed', 'The room is not open.');
    return room;
  };
  return {
    roomListInterfaces: async () => room.listInterfaces(),
    roomOpen: async (request) => {
      try {
        return await room.open(request);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new IpcFailure('io', `The room could not be opened: ${reason}`);
      }
    },
    roomClose: async () => room.close(),
    roomStatus: async () => room.status(),
    roomPublish: async ({ projection }) => {
      room.publish(projection);
      return null;
    },
    roomSetJoinPanel: async ({ open }) => openRoom().setJoinPanel(open),
    roomSetLocked: async ({ locked }) => openRoom().setLocked(locked),
    roomSetAutoAccept: async ({ autoAccept }) => openRoom().setAutoAccept(autoAccept),
    roomRemoveParticipant: async ({ participantId }) => openRoom().remove(participantId),
    roomAdmit: async ({ participantId, memberId }) => openRoom().admit(participantId, memberId),
    roomDecline: async ({ participantId }) => openRoom().decline(participantId),
  };
}
