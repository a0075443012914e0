/**
 * The room server (issue 17): HTTP for the phone page and the typed code, WebSocket (`ws`) for the one socket
 * protocol. Plain Node, no `electron` import: the Electron app and the browser host both compose it in
 * `main-services.ts`. Off by default; listens only between `open` and `close`, on the one address chosen.
 *
 * Host-authoritative: the facilitator's window publishes a projection of the document; every phone message is
 * validated (zod, sizes, rate, step, ownership) against it, and accepted operations are forwarded to the
 * window, which applies them through the domain like the facilitator's own edits.
 */
import { randomBytes as nodeRandomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promises as fs } from 'node:fs';
import QRCode from 'qrcode';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { fixedTranslator } from '../../../shared/i18n';
import { IpcFailure } from '../../../shared/ipc/result';
import type { EventSink } from '../../../shared/ipc/events';
import { CLOSED_ROOM, type RoomInterface, type RoomParticipant, type RoomStatus } from '../../../shared/ipc/room-types';
import {
  ClientMessageSchema,
  ROOM_CLOSE,
  ROOM_LIMITS,
  isRoomRefusal,
  type ClientMessage,
  type CodeRefusal,
  type RoomErrorCode,
  type RoomRefusal,
  type RoomOperation,
  type RoomProjection,
  type ServerMessage,
} from '../../../shared/room/protocol';
import { applyToProjection, checkContribution, phoneViewOf, type OperationDraft } from '../../../shared/room/room-rules';
import { listRoomInterfaces, type InterfaceSource } from './network-interfaces';
import { loadPhoneFiles, phoneContentSecurityPolicy, phonePageIn, type PhoneFiles } from './phone-files';
import { AttemptWindow, TokenBucket } from './rate-limit';

export interface RoomServiceOptions {
  /** The built renderer folder holding `phone.html` and its assets. */
  phoneDir: string;
  events: EventSink;
  /** Milliseconds; injected so tests simulate time (rate limits, code throttling). */
  now?: () => number;
  interfaces?: InterfaceSource;
  randomBytes?: (size: number) => Buffer;
}

export interface OpenRoomRequest {
  address: string;
  autoAccept: boolean;
  projection: RoomProjection;
}

interface Participant {
  id: string;
  token: string;
  name: string;
  memberId: string | null;
  state: 'pending' | 'joined' | 'removed';
  sockets: Set<Connection>;
  lastView: string | null;
  /** Health checks this participant answered: kept here only, so an answer is never linked to a person elsewhere. */
  answeredHealth: Set<string>;
}

interface Connection {
  socket: WebSocket;
  bucket: TokenBucket;
  /** Refused messages (over the rate, malformed) in the last 10 seconds. */
  strikes: AttemptWindow;
  participant: Participant | null;
}

interface OpenRoom {
  server: http.Server;
  wss: WebSocketServer;
  address: string;
  port: number;
  loopback: boolean;
  origin: string;
  token: string;
  url: string;
  qrSvg: string;
  code: string | null;
  joinPanelOpen: boolean;
  locked: boolean;
  autoAccept: boolean;
  base: RoomProjection;
  pending: RoomOperation[];
  effective: RoomProjection;
  seq: number;
  participants: Map<string, Participant>;
  byToken: Map<string, Participant>;
  connections: Set<Connection>;
  codeAttempts: AttemptWindow;
  phone: PhoneFiles;
  flushScheduled: boolean;
  /** Accepted operations not yet sent to the window (sent once per turn of the event loop). */
  outbox: RoomOperation[];
}

/**
 * Close reasons, in English from the catalogue (for logs and tools: a close frame's reason is at most 123 bytes, so
 * the phone words the close code itself in the room's language, `phone.closeReason.*`).
 */
const closeReason = (key: 'badToken' | 'locked' | 'removed' | 'closed' | 'unknownParticipant' | 'declined' | 'flood'): string =>
  fixedTranslator('en')(`phone.closeReason.${key}`);

/** The room's language (the facilitator's), for what the server itself words: the phone page's first paint, plain pages. */
const roomLanguage = (room: OpenRoom): 'en' | 'fr' => room.effective.language ?? 'en';

export class RoomService {
  private room: OpenRoom | null = null;
  private readonly now: () => number;
  private readonly random: (size: number) => Buffer;

  constructor(private readonly options: RoomServiceOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.randomBytes ?? nodeRandomBytes;
  }

  listInterfaces(): RoomInterface[] {
    return listRoomInterfaces(this.options.interfaces);
  }

  isOpen(): boolean {
    return this.room !== null;
  }

  /** Opens the room on one of the machine's addresses, on a free port. Reopening makes a new token. */
  async open(request: OpenRoomRequest): Promise<RoomStatus> {
    const choice = this.listInterfaces().find((i) => i.address === request.address);
    if (!choice) {
      throw IpcFailure.of({
        code: 'invalid-request',
        sentence: 'roomOpen',
        reason: 'address-unknown',
        values: { address: request.address },
      });
    }
    await this.close({ silent: true });
    const server = http.createServer();
    const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.maxMessageBytes, clientTracking: false });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: 0, host: choice.address, exclusive: true }, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const origin = `http://${choice.address}:${port}`;
    const token = this.random(32).toString('base64url');
    const url = `${origin}/#${token}`;
    const room: OpenRoom = {
      server,
      wss,
      address: choice.address,
      port,
      loopback: choice.loopback,
      origin,
      token,
      url,
      qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      code: null,
      joinPanelOpen: true,
      locked: false,
      autoAccept: request.autoAccept,
      base: request.projection,
      pending: [],
      effective: request.projection,
      seq: request.projection.lastAppliedOp,
      participants: new Map(),
      byToken: new Map(),
      connections: new Set(),
      codeAttempts: new AttemptWindow(ROOM_LIMITS.codeAttemptsPerMinute, 60_000, this.now),
      phone: await loadPhoneFiles(this.options.phoneDir),
      flushScheduled: false,
      outbox: [],
    };
    room.code = this.newCode();
    server.on('request', (req, res) => void this.onHttp(room, req, res));
    server.on('upgrade', (req, socket, head) => {
      const path = new URL(req.url ?? '/', origin).pathname;
      if (path !== '/socket' || room.connections.size >= ROOM_LIMITS.maxConnections) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(room, ws, req));
    });
    server.on('clientError', (_error, socket) => socket.destroy());
    this.room = room;
    this.emitStatus();
    return this.status();
  }

  /** Stops listening and disconnects every phone. */
  async close(options: { silent?: boolean } = {}): Promise<RoomStatus> {
    const room = this.room;
    if (!room) return this.status();
    this.room = null;
    for (const connection of room.connections) connection.socket.close(ROOM_CLOSE.closed, closeReason('closed'));
    await new Promise<void>((resolve) => {
      room.server.close(() => resolve());
      room.server.closeAllConnections();
      // Sockets that do not answer the close handshake are cut.
      for (const connection of room.connections) connection.socket.terminate();
    });
    room.wss.close();
    if (!options.silent) this.emitStatus();
    return this.status();
  }

  dispose(): Promise<RoomStatus> {
    return this.close({ silent: true });
  }

  status(): RoomStatus {
    const room = this.room;
    if (!room) return CLOSED_ROOM;
    return {
      open: true,
      url: room.url,
      qrSvg: room.qrSvg,
      code: room.joinPanelOpen ? room.code : null,
      address: room.address,
      port: room.port,
      loopback: room.loopback,
      joinPanelOpen: room.joinPanelOpen,
      locked: room.locked,
      autoAccept: room.autoAccept,
      participants: [...room.participants.values()]
        .filter((p) => p.state !== 'removed')
        .map((p): RoomParticipant => ({
          id: p.id,
          name: p.name,
          memberId: p.memberId,
          state: p.state === 'joined' ? 'joined' : 'pending',
          connected: p.sockets.size > 0,
        })),
    };
  }

  /** Shows or hides the join panel; the typed code works only while it shows (a new code each time). */
  setJoinPanel(open: boolean): RoomStatus {
    const room = this.requireRoom();
    room.joinPanelOpen = open;
    room.code = open ? this.newCode() : null;
    this.emitStatus();
    return this.status();
  }

  setLocked(locked: boolean): RoomStatus {
    this.requireRoom().locked = locked;
    this.emitStatus();
    return this.status();
  }

  setAutoAccept(autoAccept: boolean): RoomStatus {
    this.requireRoom().autoAccept = autoAccept;
    this.emitStatus();
    return this.status();
  }

  /** Removes a participant: their phones are disconnected and their token refused; their contributions stay. */
  remove(participantId: string): RoomStatus {
    const room = this.requireRoom();
    const participant = room.participants.get(participantId);
    if (participant) {
      participant.state = 'removed';
      for (const connection of participant.sockets) connection.socket.close(ROOM_CLOSE.removed, closeReason('removed'));
      participant.sockets.clear();
    }
    this.emitStatus();
    return this.status();
  }

  /** The window accepted a typed name and made (or found) the member `memberId`. */
  admit(participantId: string, memberId: string): RoomStatus {
    const room = this.requireRoom();
    const participant = room.participants.get(participantId);
    if (participant?.state === 'pending') {
      participant.memberId = memberId;
      participant.state = 'joined';
      this.forward(room, { kind: 'member.join', memberId });
      for (const connection of participant.sockets) this.welcome(connection, participant);
      this.scheduleFlush(room);
    }
    this.emitStatus();
    return this.status();
  }

  decline(participantId: string): RoomStatus {
    const room = this.requireRoom();
    const participant = room.participants.get(participantId);
    if (participant?.state === 'pending') {
      participant.state = 'removed';
      for (const connection of participant.sockets) connection.socket.close(ROOM_CLOSE.declined, closeReason('declined'));
      participant.sockets.clear();
    }
    this.emitStatus();
    return this.status();
  }

  /**
   * The window's projection after a change. Operations it has not handled yet are replayed on top, so the
   * next phone message is checked against what the document will be. Another workshop closes the room.
   */
  publish(projection: RoomProjection): RoomStatus {
    const room = this.room;
    if (!room) return this.status();
    if (projection.workshopId !== room.base.workshopId) {
      void this.close();
      return CLOSED_ROOM;
    }
    room.base = projection;
    room.pending = room.pending.filter((op) => op.seq > projection.lastAppliedOp);
    room.effective = room.pending.reduce<RoomProjection>((p, op) => applyToProjection(p, op), projection);
    this.scheduleFlush(room);
    return this.status();
  }

  // — internals —

  private requireRoom(): OpenRoom {
    if (!this.room) throw IpcFailure.of({ code: 'not-allowed', sentence: 'roomNotOpen' });
    return this.room;
  }

  private newCode(): string {
    const digits = ROOM_LIMITS.codeDigits;
    return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
  }

  private emitStatus(): void {
    this.options.events.send({ name: 'room.status', payload: this.status() });
  }

  private forward(room: OpenRoom, draft: OperationDraft): RoomOperation {
    room.seq += 1;
    const op = { ...draft, seq: room.seq } as RoomOperation;
    room.pending.push(op);
    room.effective = applyToProjection(room.effective, draft);
    room.outbox.push(op);
    this.scheduleFlush(room);
    return op;
  }

  private async onHttp(room: OpenRoom, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const headers = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Cross-Origin-Resource-Policy': 'same-origin',
    };
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      if (res.headersSent) return;
      res.writeHead(status, { ...headers, 'Content-Type': type, ...extra }).end(body);
    };
    const json = (status: number, body: unknown) => send(status, 'application/json; charset=utf-8', JSON.stringify(body));
    const plain = (status: number, key: 'notBuilt' | 'notFound' | 'failed') =>
      send(status, 'text/plain; charset=utf-8', fixedTranslator(roomLanguage(room))(`phone.page.${key}`), {
        'Content-Language': roomLanguage(room),
      });
    try {
      const path = new URL(req.url ?? '/', room.origin).pathname;
      if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
        if (!room.phone.entry) return plain(503, 'notBuilt');
        const language = roomLanguage(room);
        return send(200, 'text/html; charset=utf-8', phonePageIn(room.phone.entry, language, fixedTranslator(language)('phone.appName')), {
          'Content-Security-Policy': phoneContentSecurityPolicy(room.origin),
          'Content-Language': language,
        });
      }
      const asset = req.method === 'GET' ? room.phone.assets.get(path) : undefined;
      if (asset) {
        const body = await fs.readFile(asset.filePath);
        return send(200, asset.mimeType, body);
      }
      if (req.method === 'POST' && path === '/api/code') return await this.onCode(room, req, json);
      return plain(404, 'notFound');
    } catch {
      return plain(500, 'failed');
    }
  }

  /** The typed code: throttled per client address; valid only while the join panel shows. */
  private async onCode(room: OpenRoom, req: http.IncomingMessage, json: (status: number, body: unknown) => void): Promise<void> {
    // Wrong codes are counted per client address; a right one costs nothing (several phones may share an address).
    const client = req.socket.remoteAddress ?? 'unknown';
    // The phone words the refusal in the room's language (`phone.codeRefusal`); `error` is the same in English.
    const refuse = (status: number, refusal: CodeRefusal) =>
      json(status, { refusal, error: fixedTranslator('en')(`phone.codeRefusal.${refusal}`) });
    if (room.codeAttempts.blocked(client)) return refuse(429, 'tooManyTries');
    let raw = '';
    for await (const chunk of req) {
      raw += String(chunk);
      if (raw.length > 200) return refuse(413, 'tooLong');
    }
    let code: unknown;
    try {
      code = (JSON.parse(raw) as { code?: unknown }).code;
    } catch {
      return refuse(400, 'typeTheCode');
    }
    const expected = room.joinPanelOpen ? room.code : null;
    const given = typeof code === 'string' ? code.replace(/\s/g, '') : '';
    if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
      room.codeAttempts.allow(client);
      return refuse(403, 'wrongCode');
    }
    return json(200, { token: room.token });
  }

  private onConnection(room: OpenRoom, socket: WebSocket, req: http.IncomingMessage): void {
    const url = new URL(req.url ?? '/', room.origin);
    const given = url.searchParams.get('t') ?? '';
    const originOk = req.headers.origin === undefined || req.headers.origin === room.origin;
    const tokenOk = given.length === room.token.length && timingSafeEqual(Buffer.from(given), Buffer.from(room.token));
    if (this.room !== room || !tokenOk || !originOk) {
      socket.close(ROOM_CLOSE.badToken, closeReason('badToken'));
      return;
    }
    const connection: Connection = {
      socket,
      bucket: new TokenBucket(ROOM_LIMITS.burst, ROOM_LIMITS.perSecond, this.now),
      strikes: new AttemptWindow(ROOM_LIMITS.maxStrikes, 10_000, this.now),
      participant: null,
    };
    room.connections.add(connection);
    socket.on('message', (data, isBinary) => this.onMessage(room, connection, data, isBinary));
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      room.connections.delete(connection);
      const participant = connection.participant;
      if (participant) {
        participant.sockets.delete(connection);
        if (participant.state === 'pending' && participant.sockets.size === 0) {
          room.participants.delete(participant.id);
          room.byToken.delete(participant.token);
        }
        if (this.room === room) this.emitStatus();
      }
    });
    this.send(connection, {
      type: 'hello',
      title: room.effective.title,
      ...(room.effective.language ? { language: room.effective.language } : {}),
      members: room.effective.members,
      locked: room.locked,
    });
  }

  private send(connection: Connection, message: ServerMessage): void {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(JSON.stringify(message));
  }

  /** Refuses a message: the phone words `refusal` in the room's language; `message` is the English, for logs and tools. */
  private refuse(
    connection: Connection,
    ref: number | null,
    code: RoomErrorCode,
    refusal: RoomRefusal,
    values?: Record<string, string | number>,
  ): void {
    const message = fixedTranslator('en')(`phone.refusal.${refusal}`, values ?? {});
    this.send(connection, values ? { type: 'error', ref, code, refusal, values, message } : { type: 'error', ref, code, refusal, message });
  }

  private strike(connection: Connection): boolean {
    if (!connection.strikes.allow('strike')) {
      connection.socket.close(ROOM_CLOSE.policy, closeReason('flood'));
      return true;
    }
    return false;
  }

  private onMessage(room: OpenRoom, connection: Connection, data: RawData, isBinary: boolean): void {
    if (this.room !== room) return;
    if (!connection.bucket.take()) {
      if (!this.strike(connection)) this.refuse(connection, null, 'rate-limited', 'rateLimited');
      return;
    }
    let message: ClientMessage;
    let ref: number | null = null;
    let refusal: RoomRefusal = 'notUnderstood';
    try {
      if (isBinary) throw new Error('binary');
      const raw: unknown = JSON.parse(rawText(data));
      const rawRef = (raw as { ref?: unknown } | null)?.ref;
      if (Number.isInteger(rawRef) && (rawRef as number) >= 0 && (rawRef as number) <= 1_000_000_000) ref = rawRef as number;
      const parsed = ClientMessageSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]?.message;
        if (isRoomRefusal(issue)) refusal = issue;
        throw new Error('invalid');
      }
      message = parsed.data;
    } catch (error) {
      if (!this.strike(connection))
        this.refuse(connection, ref, 'malformed', refusal, refusal === 'noteTooLong' ? { count: ROOM_LIMITS.maxNoteChars } : undefined);
      return;
    }
    if (message.type === 'ping') return this.send(connection, { type: 'ack', ref: message.ref });
    if (message.type === 'join') return this.onJoin(room, connection, message);
    const participant = connection.participant;
    if (!participant || participant.state !== 'joined' || !participant.memberId) {
      return this.refuse(connection, message.ref, 'not-joined', 'pickNameFirst');
    }
    const result = checkContribution(
      room.effective,
      { memberId: participant.memberId, author: participant.name, answeredHealth: participant.answeredHealth },
      message,
      randomUUID,
    );
    if (!result.ok) return this.refuse(connection, message.ref, result.code, result.refusal, result.values);
    if (result.op.kind === 'health.answer') participant.answeredHealth.add(result.op.checkId);
    const op = this.forward(room, result.op);
    this.send(connection, { type: 'ack', ref: message.ref, ...(op.kind === 'note.add' ? { noteId: op.noteId } : {}) });
    this.scheduleFlush(room);
  }

  private onJoin(room: OpenRoom, connection: Connection, message: Extract<ClientMessage, { type: 'join' }>): void {
    if (connection.participant) return this.refuse(connection, message.ref, 'already-joined', 'alreadyJoined');
    if (message.resume) {
      const known = room.byToken.get(message.resume);
      if (!known) return void connection.socket.close(ROOM_CLOSE.unknownParticipant, closeReason('unknownParticipant'));
      if (known.state === 'removed') return void connection.socket.close(ROOM_CLOSE.removed, closeReason('removed'));
      if (known.state === 'joined') {
        this.attach(connection, known);
        this.welcome(connection, known);
        this.emitStatus();
        return;
      }
    }
    if (room.locked) return void connection.socket.close(ROOM_CLOSE.locked, closeReason('locked'));
    if (message.memberId !== undefined) {
      const member = room.effective.members.find((m) => m.id === message.memberId);
      if (!member) return this.refuse(connection, message.ref, 'no-such-member', 'memberGone');
      const taken = [...room.participants.values()].some((p) => p.memberId === member.id && p.state !== 'removed');
      if (taken) return this.refuse(connection, message.ref, 'member-taken', 'memberTaken', { name: member.name });
      const participant = this.newParticipant(room, member.name, member.id, 'joined');
      this.attach(connection, participant);
      this.forward(room, { kind: 'member.join', memberId: member.id });
      this.welcome(connection, participant);
      this.scheduleFlush(room);
      this.emitStatus();
      return;
    }
    if (message.name !== undefined) {
      const name = message.name.trim();
      const participant = this.newParticipant(room, name, null, 'pending');
      this.attach(connection, participant);
      this.send(connection, { type: 'pending', name });
      this.options.events.send({ name: 'room.joinRequest', payload: { participantId: participant.id, name } });
      this.emitStatus();
      return;
    }
    this.refuse(connection, message.ref, 'malformed', 'pickOrType');
  }

  private newParticipant(room: OpenRoom, name: string, memberId: string | null, state: 'pending' | 'joined'): Participant {
    const participant: Participant = {
      id: randomUUID(),
      token: this.random(16).toString('base64url'),
      name,
      memberId,
      state,
      sockets: new Set(),
      lastView: null,
      answeredHealth: new Set(),
    };
    room.participants.set(participant.id, participant);
    room.byToken.set(participant.token, participant);
    return participant;
  }

  private attach(connection: Connection, participant: Participant): void {
    connection.participant = participant;
    participant.sockets.add(connection);
  }

  private welcome(connection: Connection, participant: Participant): void {
    const room = this.room;
    if (!room || !participant.memberId) return;
    this.send(connection, { type: 'welcome', participantId: participant.id, token: participant.token, name: participant.name });
    this.send(connection, {
      type: 'view',
      view: phoneViewOf(room.effective, participant.memberId, participant.name, participant.answeredHealth),
    });
  }

  /** Once per turn of the event loop: the accepted operations to the window, then each joined phone its view if it changed. */
  private scheduleFlush(room: OpenRoom): void {
    if (room.flushScheduled) return;
    room.flushScheduled = true;
    setImmediate(() => {
      room.flushScheduled = false;
      if (this.room !== room) return;
      if (room.outbox.length > 0) {
        const ops = room.outbox.splice(0);
        this.options.events.send({ name: 'room.operations', payload: { ops } });
      }
      for (const participant of room.participants.values()) {
        if (participant.state !== 'joined' || !participant.memberId || participant.sockets.size === 0) continue;
        const view = JSON.stringify({
          type: 'view',
          view: phoneViewOf(room.effective, participant.memberId, participant.name, participant.answeredHealth),
        });
        if (view === participant.lastView) continue;
        participant.lastView = view;
        for (const connection of participant.sockets) {
          if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(view);
        }
      }
    });
  }
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
