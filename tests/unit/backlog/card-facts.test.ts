import { describe, expect, test } from 'vitest';
import { boardLookups, formatEffort, goalsText, ownerName, sourceLabel } from '../../../renderer/backlog/card-facts';
import { activity, member } from '../../builders';
import { boardWorkshop } from './fixtures';

describe('what a card says', () => {
  const w = boardWorkshop();
  w.members.push(member({ id: 'm1', name: 'Ada', role: 'core' }));
  w.goals.push({ id: 'g1', title: 'Reuse libraries', why: '', themeIds: [], objectives: [], source: null });
  w.canvas.themes.push({ id: 't1', name: 'Knowledge sharing', color: 'blue' });
  w.canvas.notes.push({
    id: 'n1',
    text: 'Brown bag lunches\nevery   other Friday',
    color: 'yellow',
    author: null,
    authorMemberId: null,
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    zoneId: null,
    themeId: null,
    createdAt: '2026-11-24T09:00:00Z',
  });
  const lookups = boardLookups(w);

  test('the link back to a canvas note or theme, on one line', () => {
    expect(sourceLabel(activity({ id: 'a', source: { kind: 'note', id: 'n1' } }), lookups)).toBe(
      'From canvas note: “Brown bag lunches every other Friday”',
    );
    expect(sourceLabel(activity({ id: 'a', source: { kind: 'theme', id: 't1' } }), lookups)).toBe('From canvas theme: “Knowledge sharing”');
    expect(sourceLabel(activity({ id: 'a' }), lookups)).toBeNull();
  });

  test('a very long note is shortened with an ellipsis', () => {
    const long = boardLookups({ ...w, canvas: { ...w.canvas, notes: [{ ...w.canvas.notes[0]!, text: 'x'.repeat(200) }] } });
    const label = sourceLabel(activity({ id: 'a', source: { kind: 'note', id: 'n1' } }), long)!;
    expect(label.length).toBeLessThan(100);
    expect(label).toContain('…');
  });

  test('owner and goals by name; unknown ones are left out', () => {
    expect(ownerName(activity({ id: 'a', ownerId: 'm1' }), lookups)).toBe('Ada');
    expect(ownerName(activity({ id: 'a', ownerId: 'gone' }), lookups)).toBeNull();
    expect(goalsText(activity({ id: 'a', goalIds: ['g1', 'gone'] }), lookups)).toBe('Reuse libraries');
    expect(formatEffort(2)).toBe('2 h');
    expect(formatEffort(1.5)).toBe('1.5 h');
  });
});
