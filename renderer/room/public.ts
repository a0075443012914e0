/** What room mode offers other features (eslint.config.js: a feature imports another only through its public.ts). */
export { RoomButton } from './JoinPanel';
export { roomMemberIds } from './room-store';
