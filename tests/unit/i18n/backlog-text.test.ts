import { afterEach, describe, expect, test } from 'vitest';
import { activityName, formatEffort, formatPlannedDate, typeLabel } from '../../../renderer/backlog/backlog-text';
import { boardLookups, sourceLabel } from '../../../renderer/backlog/card-facts';
import { tr, useLanguageStore } from '../../../renderer/common/i18n';
import type { Activity } from '../../../shared/schema';
import { activity as build } from '../../builders';

const activity = (extra: Partial<Activity> = {}): Activity => build({ id: 'a', type: 'code-kata', title: 'TDD', ...extra });
const lookups = boardLookups({ members: [], goals: [], canvas: { notes: [{ id: 'n1', text: 'Brown bag lunches' }], themes: [] } as never });

afterEach(() => useLanguageStore.getState().setPreference('en'));

describe('the backlog’s texts', () => {
  test('in English, as they always read', () => {
    useLanguageStore.getState().setPreference('en');
    expect(activityName(activity())).toBe('Code kata: TDD');
    expect(formatPlannedDate('2026-09-04')).toBe('4 Sep 2026');
    expect(formatEffort(1.5)).toBe('1.5 h');
    expect(formatEffort(8)).toBe('8 h');
    expect(tr('backlog.filters.count', { count: 1 })).toBe('1 activity');
    expect(tr('backlog.filters.count', { count: 3 })).toBe('3 activities');
    expect(sourceLabel(activity({ source: { kind: 'note', id: 'n1' } }), lookups)).toBe('From canvas note: “Brown bag lunches”');
  });

  test('in French: the types as a facilitator says them, dates and numbers through Intl, French plurals', () => {
    useLanguageStore.getState().setPreference('fr');
    expect(typeLabel('brown-bag-lunch')).toBe('Midi-conférence');
    expect(activityName(activity())).toBe('Kata de code : TDD');
    expect(formatPlannedDate('2026-09-04')).toBe('4 sept. 2026');
    expect(formatEffort(1.5)).toBe('1,5 h');
    // French counts 0 and 1 in the singular.
    expect(tr('backlog.filters.count', { count: 0 })).toBe('0 activité');
    expect(tr('backlog.filters.count', { count: 2 })).toBe('2 activités');
    expect(tr('backlog.columnSettings.destination', { count: 3 })).toBe('Ses 3 cartes vont dans');
    expect(sourceLabel(activity({ source: { kind: 'note', id: 'n1' } }), lookups)).toBe(
      'Tirée de la note du canevas « Brown bag lunches »',
    );
    expect(sourceLabel(activity({ source: { kind: 'theme', id: 'gone' } }), lookups)).toBe('Tirée d’un thème du canevas qui n’existe plus');
  });
});
