/**
 * Events the main process pushes to the renderer, on one channel (zod-free, so the preload bundle stays tiny).
 * Each event is `{ name, payload }`; `events.ts` declares each payload's schema once.
 */
export const APP_EVENT_CHANNEL = 'cop-studio:event';

export const APP_EVENT_NAMES = [
  // — files (issue 13) —
  'workshop.fileChanged',
  // — room mode (issue 17) —
  'room.operations',
  'room.joinRequest',
  'room.status',
] as const;
export type AppEventName = (typeof APP_EVENT_NAMES)[number];
