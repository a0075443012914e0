import { z } from 'zod';
import { RoomOperationSchema } from '../room/protocol';
import { APP_EVENT_NAMES, type AppEventName } from './event-names';
import { RoomStatusSchema } from './room-types';

/**
 * The payload schema of each event the main process pushes to the renderer (`onEvent`). Declared once: the
 * sender is typed by it and the renderer validates every event against it before acting.
 */
export const APP_EVENTS = {
  /** The open workshop's file changed on disk (another program, another CoP Studio, a sync client). */
  'workshop.fileChanged': z.object({ path: z.string().min(1).max(4096) }),
  /** Phone contributions the room server accepted, in order (batched per turn of the event loop): the window applies them. */
  'room.operations': z.object({ ops: z.array(RoomOperationSchema).min(1).max(10_000) }),
  /** Someone typed a name on a phone: the facilitator accepts (or the room accepts at once when set so). */
  'room.joinRequest': z.object({ participantId: z.string().max(100), name: z.string().max(120) }),
  /** The room's state changed (opened, closed, people joined, locked…). */
  'room.status': RoomStatusSchema,
} as const satisfies Record<AppEventName, z.ZodType>;

export type AppEvent = { [N in AppEventName]: { name: N; payload: z.infer<(typeof APP_EVENTS)[N]> } }[AppEventName];
export type AppEventPayload<N extends AppEventName> = z.infer<(typeof APP_EVENTS)[N]>;

/** Where the main process's services push events (the window's webContents, or the harness's page). */
export interface EventSink {
  send(event: AppEvent): void;
}
export const NO_EVENT_SINK: EventSink = { send: () => undefined };

/** Validates an event that crossed from the main process; null (and the event ignored) when it does not match. */
export function parseAppEvent(raw: unknown): AppEvent | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, payload } = raw as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string' || !(APP_EVENT_NAMES as readonly string[]).includes(name)) return null;
  const parsed = APP_EVENTS[name as AppEventName].safeParse(payload);
  return parsed.success ? ({ name, payload: parsed.data } as AppEvent) : null;
}

// Compile-time check: every name has a schema and every schema a name.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<keyof typeof APP_EVENTS, AppEventName> = true;
void namesMatch;
