import { describe, expect, test } from 'vitest';
import { activityTypeLabel, askStatusLabel, roleGroupLabel, roleLabel } from '../../../shared/domain/labels';
import { describeMemberLinks } from '../../../shared/domain/delete-member';
import { translator } from '../../../shared/i18n';
import { formatDate, formatMonth, formatNumber, formatShortDate } from '../../../renderer/common/labels';

const en = translator('en');
const fr = translator('fr');

describe('dates and numbers in the interface language', () => {
  test('a calendar date reads the same day in both languages, whatever the time zone', () => {
    expect(formatDate('2026-11-24', 'en')).toBe('24 Nov 2026');
    expect(formatDate('2026-11-24', 'fr')).toBe('24 nov. 2026');
    expect(formatDate('2027-01-01', 'fr')).toBe('1 janv. 2027');
    expect(formatDate('2026-12-31', 'fr')).toBe('31 déc. 2026');
    expect(formatDate(null, 'fr')).toBe('');
    expect(formatShortDate('2027-02-17', 'fr')).toBe('17 févr. 27');
    expect(formatMonth('2026-07', 'en')).toBe('Jul 2026');
    expect(formatMonth('2026-07', 'fr')).toBe('juil. 2026');
  });

  test('numbers group and mark decimals as each language does', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'fr')).toMatch(/^1\s234,5$/u);
    expect(formatNumber(2 / 3, 'fr')).toBe('0,67');
  });
});

describe('labels and sentences from the catalogue', () => {
  test('roles, activity types and asks are named in the language of the translator', () => {
    expect(roleLabel(fr, 'active')).toBe('Actif');
    expect(roleGroupLabel(fr, 'active')).toBe('Membres actifs');
    expect(roleGroupLabel(en, 'core')).toBe('Core members');
    expect(activityTypeLabel(en, 'code-kata')).toBe('Code kata');
    expect(askStatusLabel(fr, 'granted')).toBe('Accordée');
  });

  test('plurals follow each language’s rules: French says “0 membre”, English “0 members”', () => {
    expect(en('people.members', { count: 0 })).toBe('0 members');
    expect(fr('people.members', { count: 0 })).toBe('0 membre');
    expect(fr('people.members', { count: 2 })).toBe('2 membres');
    const links = { participant: false, notesAuthored: 2, votes: 1, sponsorAsks: 0, activitiesOwned: 3 };
    expect(describeMemberLinks(links, fr)).toEqual([
      '2 notes gardent son nom en texte simple, sans le lien.',
      '1 vote de cette personne sera retiré.',
      '3 activités perdent leur responsable.',
    ]);
    expect(describeMemberLinks(links, en)).toContain('3 activities lose their owner.');
  });
});
