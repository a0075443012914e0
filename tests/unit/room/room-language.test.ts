/**
 * Room mode in the room's language (issue 15): what the room server says to a phone — refusals, close codes, the
 * typed code's answers, its plain pages and the phone page's first paint — is named by the server and worded in the
 * room's language, never written in English by the main process.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { translator } from '../../../shared/i18n';
import { CODE_REFUSALS, ROOM_CLOSE, ROOM_REFUSALS } from '../../../shared/room/protocol';
import { projectWorkshop } from '../../../shared/room/projection';
import { RoomService } from '../../../electron/services/room/room-service';
import { phoneI18n } from '../../../renderer/phone/phone-i18n';
import { PHONE_TEXT } from '../../../renderer/phone/phone-text';
import { tempDataDir } from '../../harness/main-process';
import { englishLeft } from '../i18n/english-left';
import { Phone, roomWorkshop } from './room-harness';

const fr = translator('fr');
const en = translator('en');

describe('what the room tells a phone, in French', () => {
  test('every refusal, typed-code answer and close code has its French sentence', async () => {
    await phoneI18n.changeLanguage('fr');
    try {
      for (const refusal of ROOM_REFUSALS) {
        const text = PHONE_TEXT.refusal(refusal, { count: 3, name: 'Ada' });
        expect(englishLeft(text, en(`phone.refusal.${refusal}`, { count: 3, name: 'Ada' })), refusal).toBeNull();
      }
      for (const refusal of CODE_REFUSALS)
        expect(englishLeft(PHONE_TEXT.codeRefusal(refusal), en(`phone.codeRefusal.${refusal}`)), refusal).toBeNull();
      for (const [name, code] of Object.entries(ROOM_CLOSE)) expect(englishLeft(PHONE_TEXT.closeReason(code)), name).toBeNull();
      // Something the page does not know is still said in the room's language.
      expect(PHONE_TEXT.refusal('from-a-newer-server')).toBe('Cela n’a pas fonctionné.');
      expect(PHONE_TEXT.closeReason(1006)).toBe('Déconnecté.');
    } finally {
      await phoneI18n.changeLanguage('en');
    }
  });
});

describe('the room server names what it refuses, and serves the phone page in the room’s language', () => {
  let room: RoomService | null = null;
  afterEach(async () => {
    await room?.close();
    room = null;
  });

  async function frenchRoom() {
    const phoneDir = await tempDataDir('cop-studio-phone-');
    await fs.writeFile(
      path.join(phoneDir, 'phone.html'),
      '<!doctype html>\n<html lang="en">\n<head><title>CoP Studio room</title></head><body></body></html>',
    );
    const w = roomWorkshop(['Ada', 'Grace']);
    room = new RoomService({ phoneDir, events: { send: () => undefined } });
    const status = await room.open({
      address: '127.0.0.1',
      autoAccept: false,
      projection: { ...projectWorkshop(w, { lastAppliedOp: 0, privateWriting: true }), language: 'fr' },
    });
    const origin = `http://127.0.0.1:${status.port}`;
    const token = new URL(status.url!).hash.slice(1);
    return { w, origin, socketUrl: `ws://127.0.0.1:${status.port}/socket?t=${token}` };
  }

  test('the phone page’s first paint: <html lang> and data-room-language are the room’s, and so is its title', async () => {
    const { origin } = await frenchRoom();
    const response = await fetch(`${origin}/`);
    expect(response.headers.get('content-language')).toBe('fr');
    const html = await response.text();
    expect(html).toContain('<html lang="fr" data-room-language="fr">');
    expect(html).toContain('<title>Salle CoP Studio</title>');
    const missing = await fetch(`${origin}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(fr('phone.page.notFound'));
  });

  test('a wrong typed code is refused by name', async () => {
    const { origin } = await frenchRoom();
    const response = await fetch(`${origin}/api/code`, { method: 'POST', body: JSON.stringify({ code: '000000x' }) });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ refusal: 'wrongCode', error: en('phone.codeRefusal.wrongCode') });
  });

  test('refused messages carry their refusal and values; the English message is the catalogue’s', async () => {
    const { w, socketUrl } = await frenchRoom();
    const phone = new Phone(socketUrl);
    await phone.opened;
    await phone.until(() => phone.messages.some((m) => m.type === 'hello'));
    expect(await phone.request({ type: 'note.add', text: 'Une idée', zoneId: null })).toMatchObject({
      type: 'error',
      code: 'not-joined',
      refusal: 'pickNameFirst',
      message: en('phone.refusal.pickNameFirst'),
    });
    expect(await phone.request({ type: 'note.add', text: 'x'.repeat(501), zoneId: null })).toMatchObject({
      refusal: 'noteTooLong',
      values: { count: 500 },
    });
    const ada = w.members.find((m) => m.name === 'Ada')!;
    const other = new Phone(socketUrl);
    await other.opened;
    await other.join({ memberId: ada.id });
    expect(await phone.request({ type: 'join', memberId: ada.id })).toMatchObject({ refusal: 'memberTaken', values: { name: 'Ada' } });
    await phone.close();
    await other.close();
  });

  test('closing the room ends the phones with a close code the phone words itself', async () => {
    const { socketUrl } = await frenchRoom();
    const phone = new Phone(socketUrl);
    await phone.opened;
    await room!.close();
    await phone.until(() => phone.closed !== null);
    expect(phone.closed!.code).toBe(ROOM_CLOSE.closed);
    await phoneI18n.changeLanguage('fr');
    expect(PHONE_TEXT.closeReason(phone.closed!.code)).toBe('L’animateur a fermé la salle.');
    await phoneI18n.changeLanguage('en');
  });
});
