import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOM_CLOSE, ROOM_LIMITS } from '../../../shared/room/protocol';
import { member } from '../../builders';
import { Phone, roomWorkshop, startRoom, type Harness } from './room-harness';

const NAMES = ['Ada', 'Grace', 'Linus'];
let harness: Harness | null = null;
const phones: Phone[] = [];

afterEach(async () => {
  await Promise.all(phones.splice(0).map((p) => p.close()));
  await harness?.close();
  harness = null;
});

async function open(step?: 'Silent brainstorm' | 'Dot vote') {
  harness = await startRoom(roomWorkshop(NAMES, step));
  return harness;
}

function phone(url: string, headers?: Record<string, string>) {
  const p = new Phone(url, headers);
  phones.push(p);
  return p;
}

async function joined(h: Harness, name: string) {
  const p = phone(h.socketUrl());
  await p.opened;
  const member = h.workshop().members.find((m) => m.name === name)!;
  await p.join({ memberId: member.id });
  await p.until(() => p.view !== null);
  return p;
}

const portAccepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('room server: refusals', () => {
  it('listens only while open: the port refuses connections once the room is closed', async () => {
    const h = await open();
    const port = h.status.port!;
    expect(h.status.address).toBe('127.0.0.1');
    expect(await portAccepts(port)).toBe(true);
    await h.close();
    expect(h.room.isOpen()).toBe(false);
    expect(await portAccepts(port)).toBe(false);
  });

  it('the join token is random, at least 128 bits, and new at each opening', async () => {
    const h = await open();
    const first = new URL(h.status.url!).hash.slice(1);
    expect(Buffer.from(first, 'base64url').length).toBeGreaterThanOrEqual(16);
    const again = await h.room.open({
      address: '127.0.0.1',
      autoAccept: false,
      projection: (await import('../../../shared/room/projection')).projectWorkshop(h.workshop(), {
        lastAppliedOp: 0,
        privateWriting: true,
      }),
    });
    const second = new URL(again.url!).hash.slice(1);
    expect(second).not.toBe(first);
    // The old (expired) token is refused on the new opening.
    const old = phone(`ws://127.0.0.1:${again.port}/socket?t=${first}`);
    await old.until(() => old.closed !== null);
    expect(old.closed!.code).toBe(ROOM_CLOSE.badToken);
  });

  it('refuses a wrong token, and a page of another origin', async () => {
    const h = await open();
    const wrong = phone(h.socketUrl('A'.repeat(43)));
    await wrong.until(() => wrong.closed !== null);
    expect(wrong.closed!.code).toBe(ROOM_CLOSE.badToken);
    const foreign = phone(h.socketUrl(), { Origin: 'http://evil.example' });
    await foreign.until(() => foreign.closed !== null);
    expect(foreign.closed!.code).toBe(ROOM_CLOSE.badToken);
    expect(h.events.filter((e) => e.name === 'room.operations')).toEqual([]);
  });

  it('a locked room refuses newcomers but keeps those already in', async () => {
    const h = await open();
    const ada = await joined(h, 'Ada');
    h.room.setLocked(true);
    const late = phone(h.socketUrl());
    await late.opened;
    const grace = h.workshop().members.find((m) => m.name === 'Grace')!;
    late.send({ type: 'join', memberId: grace.id });
    await late.until(() => late.closed !== null);
    expect(late.closed!.code).toBe(ROOM_CLOSE.locked);
    expect(await ada.request({ type: 'note.add', text: 'Still here', zoneId: null })).toMatchObject({ type: 'ack' });
  });

  it('a removed participant is disconnected, cannot come back with their token, and their notes stay', async () => {
    const h = await open();
    const ada = await joined(h, 'Ada');
    await ada.request({ type: 'note.add', text: 'Pair on katas', zoneId: null });
    await h.settled();
    const token = ada.token!;
    const participant = h.room.status().participants.find((p) => p.name === 'Ada')!;
    h.room.remove(participant.id);
    await ada.until(() => ada.closed !== null);
    expect(ada.closed!.code).toBe(ROOM_CLOSE.removed);
    const back = phone(h.socketUrl());
    await back.opened;
    back.send({ type: 'join', resume: token });
    await back.until(() => back.closed !== null);
    expect(back.closed!.code).toBe(ROOM_CLOSE.removed);
    expect(h.workshop().canvas.notes.map((n) => n.text)).toEqual(['Pair on katas']);
  });

  it('closes a socket sending an oversized message with 1009, and nothing is written', async () => {
    const h = await open();
    const ada = await joined(h, 'Ada');
    ada.sendRaw(JSON.stringify({ type: 'note.add', ref: 1, text: 'x'.repeat(ROOM_LIMITS.maxMessageBytes), zoneId: null }));
    await ada.until(() => ada.closed !== null);
    expect(ada.closed!.code).toBe(ROOM_CLOSE.tooBig);
    expect(h.workshop().canvas.notes).toEqual([]);
  });

  it('answers malformed messages with an error and writes nothing', async () => {
    const h = await open();
    const ada = await joined(h, 'Ada');
    for (const bad of [
      'not json',
      '{}',
      '[]',
      'null',
      JSON.stringify({ type: 'note.add', ref: 1, text: 'hi', zoneId: null, author: 'Grace' }),
    ]) {
      ada.sendRaw(bad);
    }
    ada.sendRaw(Buffer.from([1, 2, 3]));
    expect(await ada.request({ type: 'note.add', text: 'y'.repeat(ROOM_LIMITS.maxNoteChars + 1), zoneId: null })).toMatchObject({
      type: 'error',
      code: 'malformed',
    });
    expect(await ada.request({ type: 'note.add', text: '   ', zoneId: null })).toMatchObject({ type: 'error', code: 'malformed' });
    await ada.until(() => ada.messages.filter((m) => m.type === 'error' && m.code === 'malformed').length >= 8);
    expect(ada.closed).toBeNull();
    expect(h.workshop().canvas.notes).toEqual([]);
    expect(await ada.request({ type: 'ping' })).toMatchObject({ type: 'ack' });
  });

  it("refuses a message about another participant's note", async () => {
    const h = await open();
    const ada = await joined(h, 'Ada');
    const grace = await joined(h, 'Grace');
    const sent = await ada.request({ type: 'note.add', text: "Ada's secret", zoneId: null });
    const noteId = sent.type === 'ack' ? sent.noteId! : '';
    await h.settled();
    expect(await grace.request({ type: 'note.edit', noteId, text: 'Hijacked', zoneId: null })).toMatchObject({
      type: 'error',
      code: 'not-yours',
    });
    expect(await grace.request({ type: 'note.withdraw', noteId })).toMatchObject({ type: 'error', code: 'not-yours' });
    expect(h.workshop().canvas.notes.map((n) => n.text)).toEqual(["Ada's secret"]);
    // Nobody else ever received the hidden text.
    expect(JSON.stringify(grace.messages)).not.toContain("Ada's secret");
  });

  it('refuses dots over the budget and over the per-note cap', async () => {
    const h = await open();
    const ada = await joined(h, 'Ada');
    const ids: string[] = [];
    for (const text of ['one', 'two', 'three', 'four']) {
      const ack = await ada.request({ type: 'note.add', text, zoneId: null });
      if (ack.type === 'ack') ids.push(ack.noteId!);
    }
    await h.settled();
    h.change((w) => {
      w.canvas.voting.maxDotsPerTarget = 2;
      for (const note of w.canvas.notes) delete note.faceDown;
      w.agenda.currentStepId = w.agenda.steps.find((s) => s.mode === 'voting')!.id;
    });
    expect(await ada.request({ type: 'vote.add', target: { kind: 'note', id: ids[0] } })).toMatchObject({ type: 'ack' });
    expect(await ada.request({ type: 'vote.add', target: { kind: 'note', id: ids[0] } })).toMatchObject({ type: 'ack' });
    expect(await ada.request({ type: 'vote.add', target: { kind: 'note', id: ids[0] } })).toMatchObject({ code: 'cap-reached' });
    expect(await ada.request({ type: 'vote.add', target: { kind: 'note', id: ids[1] } })).toMatchObject({ type: 'ack' });
    // Sent at once, before the window applied anything: still checked against what the document will be.
    const burst = await Promise.all([
      ada.request({ type: 'vote.add', target: { kind: 'note', id: ids[2] } }),
      ada.request({ type: 'vote.add', target: { kind: 'note', id: ids[3] } }),
    ]);
    expect(burst.every((m) => m.type === 'error' && m.code === 'no-dots-left')).toBe(true);
    await h.settled();
    expect(h.workshop().canvas.votes).toHaveLength(3);
    expect(ada.view!.voting.remaining).toBe(0);
  });

  it('a flood is refused past the rate and finally disconnected (1008); the room still answers others', async () => {
    const h = await open();
    const ada = await joined(h, 'Ada');
    const grace = await joined(h, 'Grace');
    for (let i = 0; i < 200 && i < ROOM_LIMITS.burst + ROOM_LIMITS.maxStrikes + 20; i++) ada.send({ type: 'ping' });
    await ada.until(() => ada.closed !== null);
    expect(ada.closed!.code).toBe(ROOM_CLOSE.policy);
    expect(ada.messages.some((m) => m.type === 'error' && m.code === 'rate-limited')).toBe(true);
    expect(await grace.request({ type: 'note.add', text: 'Fine here', zoneId: null })).toMatchObject({ type: 'ack' });
    await h.settled();
    expect(h.workshop().canvas.notes).toHaveLength(1);
  });

  it('refuses notes outside the brainstorm step and dots outside the dot vote', async () => {
    const h = await open('Dot vote');
    const ada = await joined(h, 'Ada');
    expect(await ada.request({ type: 'note.add', text: 'Late idea', zoneId: null })).toMatchObject({ code: 'not-allowed-now' });
    h.change((w) => void (w.agenda.currentStepId = w.agenda.steps[0]!.id));
    expect(await ada.request({ type: 'vote.add', target: { kind: 'note', id: 'x' } })).toMatchObject({ code: 'not-allowed-now' });
    expect(h.workshop().canvas.notes).toEqual([]);
  });

  it('the typed code works only while the join panel shows, and is throttled per client', async () => {
    const h = await open();
    const post = (code: string) => fetch(`http://127.0.0.1:${h.status.port}/api/code`, { method: 'POST', body: JSON.stringify({ code }) });
    const ok = await post(h.status.code!);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { token: string }).token).toBe(new URL(h.status.url!).hash.slice(1));
    const hidden = h.room.setJoinPanel(false);
    expect(hidden.code).toBeNull();
    expect((await post(h.status.code!)).status).toBe(403);
    const shown = h.room.setJoinPanel(true);
    // Right codes cost nothing (phones may share an address); wrong ones are counted per client.
    for (let i = 0; i < 3; i++) expect((await post(shown.code!)).status).toBe(200);
    const wrong = shown.code === '000000' ? '111111' : '000000';
    // One wrong try so far (while the panel was hidden); the rest of this minute's tries are wrong codes.
    for (let i = 1; i < ROOM_LIMITS.codeAttemptsPerMinute; i++) expect((await post(wrong)).status).toBe(403);
    expect((await post(shown.code!)).status).toBe(429);
    h.clock.now += 61_000;
    expect((await post(shown.code!)).status).toBe(200);
  });

  it('a phone that reconnects with its participant token finds its notes', async () => {
    const h = await open();
    const ada = await joined(h, 'Ada');
    await ada.request({ type: 'note.add', text: 'Mentoring', zoneId: null });
    await h.settled();
    const token = ada.token!;
    await ada.close();
    const again = phone(h.socketUrl());
    await again.opened;
    await again.join({ resume: token });
    await again.until(() => again.view !== null);
    expect(again.view!.myNotes.map((n) => n.text)).toEqual(['Mentoring']);
    expect(again.view!.me.name).toBe('Ada');
  });

  it('a typed name waits for the facilitator, then joins as a new member', async () => {
    const h = await open();
    const newcomer = phone(h.socketUrl());
    await newcomer.opened;
    await newcomer.join({ name: 'Margaret' });
    expect(newcomer.messages.some((m) => m.type === 'pending')).toBe(true);
    const request = h.events.find((e) => e.name === 'room.joinRequest');
    expect(request?.payload).toMatchObject({ name: 'Margaret' });
    h.change((w) => {
      w.members.push(member({ id: 'm-margaret', name: 'Margaret', role: 'occasional' }));
    });
    h.room.admit((request!.payload as { participantId: string }).participantId, 'm-margaret');
    await newcomer.until(() => newcomer.view !== null);
    await h.settled();
    expect(h.workshop().canvas.voting.participantIds).toContain('m-margaret');
  });
});

describe('room server: lifecycle', () => {
  it('closes by itself when the window publishes another workshop, and on dispose', async () => {
    const h = await startRoom(roomWorkshop(['Ada']));
    const port = h.status.port!;
    const { projectWorkshop } = await import('../../../shared/room/projection');
    h.room.publish(projectWorkshop(roomWorkshop(['Someone else']), { lastAppliedOp: 0, privateWriting: true }));
    await expect.poll(() => portAccepts(port)).toBe(false);
    expect(h.events.at(-1)).toMatchObject({ name: 'room.status', payload: { open: false } });
    const again = await h.room.open({
      address: '127.0.0.1',
      autoAccept: false,
      projection: projectWorkshop(h.workshop(), { lastAppliedOp: 0, privateWriting: true }),
    });
    expect(await portAccepts(again.port!)).toBe(true);
    await h.room.dispose();
    expect(await portAccepts(again.port!)).toBe(false);
  });

  it('offers only non-internal IPv4 addresses, labelled, then loopback, and refuses any other address', async () => {
    const { RoomService } = await import('../../../electron/services/room/room-service');
    const room = new RoomService({
      phoneDir: '',
      events: { send: () => undefined },
      interfaces: () => ({
        lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '', mac: '', cidr: null }],
        wlan0: [
          { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null },
          { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 1 },
        ],
      }),
    });
    expect(room.listInterfaces().map((i) => i.label)).toEqual(['wlan0 — 192.168.1.20', 'This computer only (loopback) — 127.0.0.1']);
    const { projectWorkshop } = await import('../../../shared/room/projection');
    await expect(
      room.open({
        address: '0.0.0.0',
        autoAccept: false,
        projection: projectWorkshop(roomWorkshop([]), { lastAppliedOp: 0, privateWriting: true }),
      }),
    ).rejects.toThrow(/not one of this computer/);
    expect(room.isOpen()).toBe(false);
  });
});
