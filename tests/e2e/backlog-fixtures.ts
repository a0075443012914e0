import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createWorkshop } from '../../shared/domain/new-workshop';
import { ACTIVITY_TYPES, type Workshop } from '../../shared/schema';
import { activity, goal, member } from '../builders';

/** A workshop after the vision steps: members, goals, a theme and canvas notes, and a few cards on the board. */
export function preparedWorkshop(): Workshop {
  const w = createWorkshop({
    title: 'Craftsmanship CoP kick-off',
    community: 'Software craftsmanship',
    now: new Date('2026-11-24T09:00:00Z'),
  });
  w.members.push(
    member({ id: 'm-ada', name: 'Ada Lovelace', team: 'Payments', role: 'core', interests: ['TDD'] }),
    member({ id: 'm-grace', name: 'Grace Hopper', team: 'Platform', role: 'active' }),
  );
  w.goals.push(
    goal({ id: 'g-reuse', title: 'Reuse other teams’ libraries' }),
    goal({ id: 'g-quality', title: 'Fewer production incidents' }),
  );
  w.canvas.themes.push({ id: 't-sharing', name: 'Knowledge sharing', color: 'blue' });
  const zone = w.canvas.zones.find((z) => z.title.startsWith('Activities')) ?? w.canvas.zones[0]!;
  const note = (id: string, text: string, themeId: string | null) => ({
    id,
    text,
    color: 'yellow' as const,
    author: null,
    authorMemberId: null,
    x: zone.x + 20,
    y: zone.y + 40,
    width: 160,
    height: 100,
    zoneId: zone.id,
    themeId,
    createdAt: '2026-11-24T09:10:00Z',
  });
  w.canvas.notes.push(
    note('n-lunch', 'Brown bag lunches\nevery other Friday', 't-sharing'),
    note('n-dojo', 'A coding dojo on legacy code', null),
  );
  const [ideas, next, doing, done] = w.backlog.columns;
  const card = (
    id: string,
    type: Workshop['backlog']['activities'][number]['type'],
    title: string,
    extra: Partial<Workshop['backlog']['activities'][number]> = {},
  ) => {
    w.backlog.activities.push(activity({ id, type, title, ...extra }));
    return id;
  };
  ideas!.activityIds.push(
    card('a-oss', 'internal-open-source', 'Open the logging library to all teams', { ownerId: 'm-grace', goalIds: ['g-reuse'] }),
    card('a-meetup', 'meetup', 'Join the city craftsmanship meetup', { date: '2027-01-14' }),
  );
  next!.activityIds.push(
    card('a-training', 'training', 'Refactoring training, two mornings', { ownerId: 'm-ada', effortHours: 8, goalIds: ['g-quality'] }),
    card('a-help', 'help-another-team', 'Pair with the mobile team on their test suite', {
      description: 'Two days of pairing, then a retro.',
    }),
  );
  doing!.activityIds.push(card('a-other', 'other', 'Set up a community chat channel'));
  done!.activityIds.push(card('a-lunch0', 'brown-bag-lunch', 'First brown bag: why a CoP?', { date: '2026-11-10', effortHours: 2 }));
  return w;
}

/** A board of `count` cards spread over the four columns, every type, some owners and goals. */
export function bigBoardWorkshop(count: number): Workshop {
  const w = preparedWorkshop();
  w.backlog.activities = [];
  w.backlog.columns.forEach((c) => (c.activityIds = []));
  for (let i = 0; i < count; i++) {
    const id = `bench-${i}`;
    w.backlog.activities.push(
      activity({
        id,
        type: ACTIVITY_TYPES[i % ACTIVITY_TYPES.length]!,
        title: `Activity ${i + 1}: ${['kata on katas', 'lunch talk', 'pairing day', 'workshop', 'library release'][i % 5]}`,
        description: i % 3 === 0 ? 'A short description that takes a line or two on the card, like real ones do.' : '',
        ownerId: i % 4 === 0 ? 'm-ada' : i % 4 === 1 ? 'm-grace' : null,
        date: i % 5 === 0 ? '2027-02-01' : null,
        effortHours: i % 2 === 0 ? 2 : null,
        goalIds: i % 6 === 0 ? ['g-reuse'] : [],
      }),
    );
    w.backlog.columns[i % w.backlog.columns.length]!.activityIds.push(id);
  }
  return w;
}

export async function writeWorkshop(dir: string, name: string, workshop: Workshop): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await fs.writeFile(file, JSON.stringify(workshop, null, 2));
  return file;
}
