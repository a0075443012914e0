import { z } from 'zod';
import { RoomProjectionSchema } from '../../room/protocol';
import { method, NoRequest } from '../method';
import type { RoomInterface, RoomStatus } from '../room-types';

const RoomIdSchema = z.string().min(1).max(100);
const RoomParticipantRequest = z.object({ participantId: RoomIdSchema }).strict();

/** Room mode: the facilitator's window drives the room server. */
export const ROOM_METHODS = {
  /** The addresses the room can listen on (non-internal IPv4, labelled, then loopback). */
  roomListInterfaces: method(NoRequest).returns<RoomInterface[]>(),
  /** Starts the room server on one address, on a free port, with the window's projection of the document. */
  roomOpen: method(
    z.object({ address: z.string().max(100), autoAccept: z.boolean(), projection: RoomProjectionSchema }).strict(),
  ).returns<RoomStatus>(),
  /** Stops the room server: nothing listens any more, every phone is disconnected. */
  roomClose: method(NoRequest).returns<RoomStatus>(),
  roomStatus: method(NoRequest).returns<RoomStatus>(),
  /** The window's projection after a change of the document (or of the room's operations it handled). */
  roomPublish: method(z.object({ projection: RoomProjectionSchema }).strict()).returns<null>(),
  /** Shows or hides the join panel; the typed code only works while it shows. */
  roomSetJoinPanel: method(z.object({ open: z.boolean() }).strict()).returns<RoomStatus>(),
  roomSetLocked: method(z.object({ locked: z.boolean() }).strict()).returns<RoomStatus>(),
  roomSetAutoAccept: method(z.object({ autoAccept: z.boolean() }).strict()).returns<RoomStatus>(),
  roomRemoveParticipant: method(RoomParticipantRequest).returns<RoomStatus>(),
  /** A typed name was accepted: the window made (or found) the member. */
  roomAdmit: method(z.object({ participantId: RoomIdSchema, memberId: RoomIdSchema }).strict()).returns<RoomStatus>(),
  roomDecline: method(RoomParticipantRequest).returns<RoomStatus>(),
} as const;
