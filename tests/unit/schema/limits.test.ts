import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LIMITS, MemberSchema, NoteSchema, SponsorAskSchema } from '../../../shared/schema';
import { addVoterByName } from '../../../shared/domain/vote-budget';
import { createWorkshop } from '../../../shared/domain/new-workshop';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });

describe('limits have one source: LIMITS in shared/schema', () => {
  test('no view types a length limit by hand (maxLength comes from LIMITS or the room limits)', () => {
    const typed = files(path.join(ROOT, 'renderer')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /maxLength=\{\s*[\d_]+\s*\}/.test(line))
        .map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`),
    );
    expect(typed).toEqual([]);
  });

  test('the schema accepts a text at its limit and refuses one character more', () => {
    const note = {
      id: 'n',
      text: 'x'.repeat(LIMITS.note.text),
      x: 0,
      y: 0,
      color: 'yellow',
      zoneId: null,
      author: null,
      themeId: null,
      createdAt: '2026-11-24T09:00:00Z',
    };
    // Only the text's length matters here (other fields may be refused for other reasons).
    const textIssue = (value: unknown) =>
      (NoteSchema.safeParse(value).error?.issues ?? []).some((issue) => issue.path.join('.') === 'text');
    expect(textIssue(note)).toBe(false);
    expect(textIssue({ ...note, text: 'x'.repeat(LIMITS.note.text + 1) })).toBe(true);
    const nameIssue = (name: string) =>
      (MemberSchema.safeParse({ name }).error?.issues ?? []).some((issue) => issue.path.join('.') === 'name');
    expect(nameIssue('x'.repeat(LIMITS.member.name))).toBe(false);
    expect(nameIssue('x'.repeat(LIMITS.member.name + 1))).toBe(true);
    const whatIssue = (what: string) =>
      (SponsorAskSchema.safeParse({ what }).error?.issues ?? []).some((issue) => issue.path.join('.') === 'what');
    expect(whatIssue('x'.repeat(LIMITS.ask.what + 1))).toBe(true);
  });

  test('the domain clips to the same limits', () => {
    const w = createWorkshop();
    const id = addVoterByName(w, 'y'.repeat(LIMITS.member.name + 50), '2026-11-24');
    expect(w.members.find((m) => m.id === id)?.name).toHaveLength(LIMITS.member.name);
  });
});
