import { z } from 'zod';

/** A network interface the room can listen on. */
export interface RoomInterface {
  address: string;
  /** e.g. "Wi-Fi (wlan0) — 192.168.1.20", or "This computer only (loopback)". */
  label: string;
  loopback: boolean;
}

export const RoomParticipantSchema = z.object({
  id: z.string(),
  name: z.string(),
  memberId: z.string().nullable(),
  state: z.enum(['pending', 'joined']),
  connected: z.boolean(),
});
export type RoomParticipant = z.infer<typeof RoomParticipantSchema>;

export const RoomStatusSchema = z.object({
  open: z.boolean(),
  /** The join URL (with its token); null when closed. */
  url: z.string().nullable(),
  /** The URL's QR code, as an SVG document generated locally. */
  qrSvg: z.string().nullable(),
  /** The short code typed on a phone; only valid while the join panel shows. */
  code: z.string().nullable(),
  address: z.string().nullable(),
  port: z.number().nullable(),
  loopback: z.boolean(),
  joinPanelOpen: z.boolean(),
  locked: z.boolean(),
  autoAccept: z.boolean(),
  participants: z.array(RoomParticipantSchema),
});
export type RoomStatus = z.infer<typeof RoomStatusSchema>;

export const CLOSED_ROOM: RoomStatus = {
  open: false,
  url: null,
  qrSvg: null,
  code: null,
  address: null,
  port: null,
  loopback: false,
  joinPanelOpen: false,
  locked: false,
  autoAccept: false,
  participants: [],
};
