import { describe, expect, test } from 'vitest';
import { RoomProjectionSchema } from '../../../shared/room/protocol';
import { projectWorkshop } from '../../../shared/room/projection';
import { phoneViewOf } from '../../../shared/room/room-rules';
import { browserLanguage, phoneI18n, pt } from '../../../renderer/phone/phone-i18n';
import { PHONE_TEXT } from '../../../renderer/phone/phone-text';
import { roomWorkshop } from '../room/room-harness';

describe('the phone page speaks the room’s language', () => {
  test('the projection carries the facilitator’s language to every phone view; another language is refused', () => {
    const w = roomWorkshop(['Ada']);
    const projection = { ...projectWorkshop(w, { lastAppliedOp: 0, privateWriting: false }), language: 'fr' as const };
    expect(RoomProjectionSchema.parse(projection).language).toBe('fr');
    expect(phoneViewOf(projection, w.members[0]!.id, 'Ada').language).toBe('fr');
    expect(RoomProjectionSchema.safeParse({ ...projection, language: 'de' }).success).toBe(false);
    // A projection without a language (an older window) is still valid: the phone keeps its own.
    const { language: _, ...without } = projection;
    expect(RoomProjectionSchema.parse(without).language).toBeUndefined();
    expect(phoneViewOf(without, w.members[0]!.id, 'Ada')).not.toHaveProperty('language');
  });

  test('until the room says it, the phone’s own language (French or English, else English)', () => {
    expect(browserLanguage(['fr-LU', 'en'])).toBe('fr');
    expect(browserLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(browserLanguage(['lb-LU'])).toBe('en');
  });

  test('the page’s small instance has only the phone namespace, with French plurals', async () => {
    await phoneI18n.changeLanguage('fr');
    expect(PHONE_TEXT.whoTitle).toBe('Qui êtes-vous ?');
    expect(PHONE_TEXT.yourNotes(2)).toBe('Vos notes (2)');
    expect(PHONE_TEXT.dotsLeft(1, 3)).toBe('1 sur 3 points restants');
    expect(PHONE_TEXT.dotsLeft(0, 1)).toBe('0 sur 1 point restant');
    expect(phoneI18n.exists('canvas.toolbar.addNote')).toBe(false);
    await phoneI18n.changeLanguage('en');
    expect(PHONE_TEXT.yourNotes(1)).toBe('Your note (1)');
    expect(pt('phone.total', { count: 0 })).toBe('0 dots');
  });
});
