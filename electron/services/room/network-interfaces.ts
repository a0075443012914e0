import os from 'node:os';
import type { RoomInterface } from '../../../shared/ipc/room-types';

export type InterfaceSource = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

/** Its label is English, for logs: the window words loopback in its own language (`room.loopbackChoice`). */
export const LOOPBACK: RoomInterface = { address: '127.0.0.1', label: 'This computer only (loopback) — 127.0.0.1', loopback: true };

/** The addresses the room may listen on: the machine's non-internal IPv4 addresses, labelled, then loopback. */
export function listRoomInterfaces(source: InterfaceSource = os.networkInterfaces): RoomInterface[] {
  const found: RoomInterface[] = [];
  for (const [name, infos] of Object.entries(source())) {
    for (const info of infos ?? []) {
      if (info.internal || info.family !== 'IPv4') continue;
      found.push({ address: info.address, label: `${name} — ${info.address}`, loopback: false });
    }
  }
  return [...found, LOOPBACK];
}
