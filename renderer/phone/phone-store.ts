import { create } from 'zustand';
import type { PhoneView, ServerMessage } from '../../shared/room/room-constants';
import { ROOM_CLOSE, looksLikeToken } from '../../shared/room/room-constants';
import { firstLanguage, setPhoneLanguage, type PhoneLanguage } from './phone-i18n';
import { PHONE_TEXT } from './phone-text';
import { resetStore } from '../store/store-reset';

export type Phase = 'code' | 'connecting' | 'who' | 'pending' | 'joined' | 'closed';

interface PhoneState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  phase: Phase;
  members: { id: string; name: string }[];
  locked: boolean;
  view: PhoneView | null;
  /** The last refusal or failure, shown and announced. */
  message: string | null;
  reconnecting: boolean;
  busy: boolean;
  /** The room's language (the phone's own until the room says it). */
  language: PhoneLanguage;
}

export const usePhoneStore = create<PhoneState>()((_set, _get, store) => ({
  reset: resetStore(store),
  phase: 'connecting',
  members: [],
  locked: false,
  view: null,
  message: null,
  reconnecting: false,
  busy: false,
  language: firstLanguage(),
}));

const set = (patch: Partial<PhoneState>) => usePhoneStore.setState(patch);
const participantKey = (roomToken: string) => `cop-studio-room:${roomToken.slice(0, 16)}`;

/**
 * The phone's one connection to the room: joins (or resumes with its participant token), sends contributions,
 * and reconnects by itself after a sleep or a Wi-Fi drop. Close codes the server gives end the session instead.
 */
class PhoneConnection {
  private socket: WebSocket | null = null;
  private roomToken: string | null = null;
  private ref = 0;
  private retry = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  start(): void {
    const token = location.hash.slice(1);
    if (looksLikeToken(token)) this.connect(token);
    else set({ phase: 'code' });
  }

  async submitCode(code: string): Promise<void> {
    set({ busy: true, message: null });
    try {
      const response = await fetch('/api/code', {
        method: 'POST',
        body: JSON.stringify({ code }),
        headers: { 'Content-Type': 'application/json' },
      });
      const body = (await response.json()) as { token?: string; refusal?: string };
      if (response.ok && body.token && looksLikeToken(body.token)) {
        history.replaceState(null, '', `#${body.token}`);
        this.connect(body.token);
      } else {
        set({ message: PHONE_TEXT.codeRefusal(body.refusal) });
      }
    } catch {
      set({ message: PHONE_TEXT.unreachable });
    } finally {
      set({ busy: false });
    }
  }

  private connect(token: string): void {
    this.roomToken = token;
    if (usePhoneStore.getState().phase !== 'joined') set({ phase: 'connecting' });
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/socket?t=${encodeURIComponent(token)}`);
    this.socket = socket;
    socket.onmessage = (event) => {
      try {
        this.onMessage(JSON.parse(String(event.data)) as ServerMessage);
      } catch {
        // A message this page does not understand is ignored.
      }
    };
    socket.onclose = (event) => this.onClose(event.code);
  }

  private onMessage(message: ServerMessage): void {
    switch (message.type) {
      case 'hello': {
        this.retry = 0;
        if (message.language) this.useLanguage(message.language);
        set({ members: message.members, locked: message.locked, reconnecting: false });
        const resume = this.roomToken ? localStorage.getItem(participantKey(this.roomToken)) : null;
        if (resume && looksLikeToken(resume)) this.send({ type: 'join', resume });
        else set({ phase: 'who' });
        return;
      }
      case 'pending':
        return set({ phase: 'pending', message: null });
      case 'welcome':
        if (this.roomToken) localStorage.setItem(participantKey(this.roomToken), message.token);
        return set({ phase: 'joined', message: null });
      case 'view':
        if (message.view.language) this.useLanguage(message.view.language);
        return set({ view: message.view, phase: 'joined' });
      case 'ack':
        return set({ busy: false });
      case 'error':
        return set({ message: PHONE_TEXT.refusal(message.refusal, message.values), busy: false });
    }
  }

  private onClose(code: number): void {
    this.socket = null;
    const final = [
      ROOM_CLOSE.badToken,
      ROOM_CLOSE.locked,
      ROOM_CLOSE.removed,
      ROOM_CLOSE.closed,
      ROOM_CLOSE.declined,
      ROOM_CLOSE.full,
      ROOM_CLOSE.policy,
      ROOM_CLOSE.tooBig,
    ] as number[];
    if (code === ROOM_CLOSE.unknownParticipant && this.roomToken) {
      localStorage.removeItem(participantKey(this.roomToken));
      this.connect(this.roomToken);
      return;
    }
    if (final.includes(code)) {
      if (code === ROOM_CLOSE.removed && this.roomToken) localStorage.removeItem(participantKey(this.roomToken));
      set({ phase: 'closed', message: PHONE_TEXT.closeReason(code), busy: false });
      return;
    }
    // Sleep, Wi-Fi drop: try again, a little later each time.
    set({ reconnecting: true, busy: false });
    const delay = Math.min(10_000, 500 * 2 ** this.retry++);
    this.retryTimer = setTimeout(() => this.roomToken && this.connect(this.roomToken), delay);
  }

  /** The room's language: the page switches to it (the store's change re-renders it). */
  private useLanguage(language: PhoneLanguage): void {
    setPhoneLanguage(language);
    if (usePhoneStore.getState().language !== language) set({ language });
  }

  send(message: Record<string, unknown>): void {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) {
      set({ message: PHONE_TEXT.notConnected });
      return;
    }
    this.socket.send(JSON.stringify({ ...message, ref: ++this.ref }));
  }

  contribute(message: Record<string, unknown>): void {
    set({ busy: true, message: null });
    this.send(message);
  }

  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket?.close();
  }
}

export const phoneConnection = new PhoneConnection();
