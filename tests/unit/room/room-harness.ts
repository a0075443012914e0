/**
 * A room server with a simulated facilitator's window: accepted operations are applied to a real workshop
 * document by the same domain function the renderer uses (`applyRoomOperation`), and the window publishes its
 * projection back, as the renderer's room sync does. Phones are `ws` clients on 127.0.0.1.
 */
import { WebSocket } from 'ws';
import { produce } from 'immer';
import { applyRoomOperation } from '../../../shared/domain/room-contributions';
import { addParticipant } from '../../../shared/domain/check-in';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import type { AppEvent } from '../../../shared/ipc/events';
import { parseAppEvent } from '../../../shared/ipc/events';
import type { RoomStatus } from '../../../shared/ipc/room-types';
import { projectWorkshop } from '../../../shared/room/projection';
import type { PhoneView, ServerMessage } from '../../../shared/room/protocol';
import type { Workshop } from '../../../shared/schema';
import { RoomService } from '../../../electron/services/room/room-service';

export interface Harness {
  room: RoomService;
  status: RoomStatus;
  workshop(): Workshop;
  change(recipe: (w: Workshop) => void): void;
  events: AppEvent[];
  clock: { now: number };
  /** Resolves once the window has applied every operation forwarded so far and published. */
  settled(): Promise<void>;
  socketUrl(token?: string): string;
  close(): Promise<void>;
}

/** A workshop at the brainstorm step with `names` checked in. */
export function roomWorkshop(names: readonly string[], step: 'Silent brainstorm' | 'Dot vote' = 'Silent brainstorm'): Workshop {
  return produce(createWorkshop({ title: 'Room test', now: new Date('2026-12-01T09:00:00Z') }), (w) => {
    for (const name of names) addParticipant(w, { name }, '2026-12-01');
    w.agenda.currentStepId = w.agenda.steps.find((s) => s.title === step)!.id;
  });
}

export async function startRoom(initial: Workshop, options: { autoAccept?: boolean; privateWriting?: boolean } = {}): Promise<Harness> {
  const clock = { now: 1_000_000 };
  let doc = initial;
  let lastAppliedOp = 0;
  const events: AppEvent[] = [];
  const privateWriting = options.privateWriting ?? true;
  let waiting: (() => void)[] = [];
  let forwarded = 0;
  const publish = () => room.publish(projectWorkshop(doc, { lastAppliedOp, privateWriting }));
  const room: RoomService = new RoomService({
    phoneDir: '/nonexistent',
    now: () => clock.now,
    events: {
      send: (raw) => {
        const event = parseAppEvent(JSON.parse(JSON.stringify(raw)));
        if (!event) throw new Error('an event did not match its schema');
        events.push(event);
        if (event.name === 'room.operations') {
          forwarded = Math.max(forwarded, ...event.payload.ops.map((op) => op.seq));
          // The window handles events asynchronously, like the renderer.
          queueMicrotask(() => {
            for (const op of event.payload.ops) {
              if (op.seq <= lastAppliedOp) continue;
              doc = produce(doc, (draft) => void applyRoomOperation(draft, op));
              lastAppliedOp = op.seq;
            }
            publish();
            if (lastAppliedOp >= forwarded) {
              const done = waiting;
              waiting = [];
              done.forEach((resolve) => resolve());
            }
          });
        }
        if (event.name === 'room.joinRequest' && options.autoAccept) {
          queueMicrotask(() => {
            let memberId = '';
            doc = produce(doc, (draft) => void (memberId = addParticipant(draft, { name: event.payload.name }, '2026-12-01')));
            publish();
            room.admit(event.payload.participantId, memberId);
          });
        }
      },
    },
  });
  const status = await room.open({
    address: '127.0.0.1',
    autoAccept: options.autoAccept ?? false,
    projection: projectWorkshop(doc, { lastAppliedOp, privateWriting }),
  });
  return {
    room,
    status,
    events,
    clock,
    workshop: () => doc,
    change: (recipe) => {
      doc = produce(doc, recipe);
      publish();
    },
    settled: () => (lastAppliedOp >= forwarded ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
    socketUrl: (token = new URL(status.url!).hash.slice(1)) => `ws://127.0.0.1:${status.port}/socket?t=${token}`,
    close: async () => {
      await room.close();
    },
  };
}

/** A phone: a `ws` client that records what the server sends. */
export class Phone {
  readonly messages: ServerMessage[] = [];
  readonly socket: WebSocket;
  closed: { code: number; reason: string } | null = null;
  private ref = 0;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];
  readonly opened: Promise<void>;

  constructor(url: string, headers?: Record<string, string>) {
    this.socket = new WebSocket(url, { headers });
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as ServerMessage);
      this.check();
    });
    this.socket.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.check();
    });
    this.socket.on('error', () => undefined);
  }

  private check() {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }

  /** Waits until `test` holds (every message and the close are events; no timers). */
  until(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  send(message: Record<string, unknown>): number {
    const ref = ++this.ref;
    this.socket.send(JSON.stringify({ ...message, ref }));
    return ref;
  }

  sendRaw(data: string | Buffer): void {
    this.socket.send(data);
  }

  /** Sends and waits for the ack or the error of that message. */
  async request(message: Record<string, unknown>): Promise<ServerMessage> {
    const from = this.messages.length;
    const ref = this.send(message);
    let answer: ServerMessage | undefined;
    await this.until(() => {
      answer = this.messages.slice(from).find((m) => (m.type === 'ack' || m.type === 'error') && m.ref === ref);
      return answer !== undefined || this.closed !== null;
    });
    if (!answer) throw new Error(`the socket closed (${this.closed?.code}) before answering`);
    return answer;
  }

  async join(fields: { memberId?: string; name?: string; resume?: string }): Promise<void> {
    this.send({ type: 'join', ...fields });
    await this.until(
      () => this.messages.some((m) => m.type === 'welcome' || m.type === 'pending' || m.type === 'error') || this.closed !== null,
    );
  }

  get view(): PhoneView | null {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const m = this.messages[i]!;
      if (m.type === 'view') return m.view;
    }
    return null;
  }

  get token(): string | null {
    const welcome = this.messages.find((m) => m.type === 'welcome');
    return welcome?.type === 'welcome' ? welcome.token : null;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.socket.close();
    return this.until(() => this.closed !== null);
  }
}
