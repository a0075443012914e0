import { IpcFailure, type IpcErrorReason } from '../../../shared/ipc';
import type { DomainHandlers, MainServices } from '../handler-table';

/** Why the server could not listen, as a reason of the `errors` catalogue (an unknown cause: the system's words). */
function listenReason(error: unknown): { reason: IpcErrorReason; values?: Record<string, string> } {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EADDRINUSE':
      return { reason: 'address-in-use' };
    case 'EADDRNOTAVAIL':
      return { reason: 'address-unavailable' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'permission' };
    default:
      return { reason: 'detail', values: { detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** Room mode (issue 17): the facilitator's window drives the room server. */
export function roomHandlers({ room }: MainServices): DomainHandlers<'room'> {
  const openRoom = () => {
    if (!room.isOpen()) throw IpcFailure.of({ code: 'not-allowed', sentence: 'roomNotOpen' });
    return room;
  };
  return {
    roomListInterfaces: async () => room.listInterfaces(),
    roomOpen: async (request) => {
      try {
        return await room.open(request);
      } catch (error) {
        if (error instanceof IpcFailure) throw error;
        throw IpcFailure.of({ code: 'io', sentence: 'roomOpen', ...listenReason(error) });
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
