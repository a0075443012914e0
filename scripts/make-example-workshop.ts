/**
 * Writes `resources/example-workshop.copstudio`, the example workshop of the welcome screen: a software-
 * craftsmanship community's kick-off, as a facilitator would leave it. Deterministic (fixed ids and dates), so
 * re-running it changes nothing unless this script changed. Run: `npx tsx scripts/make-example-workshop.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createWorkshop } from '../shared/domain/new-workshop';
import { zoneOfRect } from '../shared/domain/zone-of-point';
import { WorkshopSchema, type Activity, type Member, type MemberRole, type Note, type NoteColor, type Workshop } from '../shared/schema';
import { serializeWorkshop } from '../electron/services/atomic-write';

let counter = 0;
const id = (prefix: string) => `${prefix}-${String(++counter).padStart(3, '0')}`;
const NOW = new Date('2026-11-24T09:00:00Z');

const w: Workshop = createWorkshop({
  title: 'Software Craftsmanship — kick-off workshop',
  community: 'Software Craftsmanship Community',
  facilitator: 'Camille Martin',
  now: NOW,
});
w.id = 'example-workshop';
w.community.openWorkshop.id = 'workshop-1';
w.canvas.zones.forEach((z) => (z.id = id('zone')));
w.agenda.steps.forEach((s) => (s.id = id('step')));
w.agenda.currentStepId = w.agenda.steps[w.agenda.steps.length - 1]!.id;
w.backlog.columns.forEach((c) => (c.id = id('column')));
w.meta.nextSessionDate = '2027-01-14';

const member = (name: string, team: string, role: MemberRole, interests: string[]): Member => ({ id: id('member'), name, team, role, interests, joined: '2026-11-24', contact: '' });
w.members = [
  member('Camille Martin', 'Platform', 'core', ['TDD', 'facilitation']),
  member('Ahmed Benali', 'Payments', 'core', ['refactoring', 'DDD']),
  member('Sofia Rossi', 'Mobile', 'active', ['testing', 'Kotlin']),
  member('Jonas Weber', 'Data', 'active', ['pairing', 'Python']),
  member('Mei Tanaka', 'Search', 'active', ['legacy code', 'mob programming']),
  member('Lucas Moreau', 'Payments', 'occasional', ['katas']),
  member('Priya Nair', 'Platform', 'occasional', ['observability']),
  member('Tomás García', 'QA guild', 'occasional', ['test automation']),
  member('Hélène Dubois', 'Engineering management', 'sponsor', ['engineering culture']),
  member('Marc Lefèvre', 'CTO office', 'sponsor', []),
];
const [camille, ahmed, sofia, jonas, mei, lucas, priya, tomas, helene, marc] = w.members as [Member, Member, Member, Member, Member, Member, Member, Member, Member, Member];
w.meta.participantIds = [camille, ahmed, sofia, jonas, mei, lucas, tomas].map((m) => m.id);
w.canvas.voting.participantIds = w.meta.participantIds;
w.canvas.voting.revealed = true;
w.canvas.visionStatement =
  'We are developers who help each other write code we are proud of.\nBy sharing what we learn across teams, we reuse each other’s work, fix bugs faster and keep our time for the features that matter.';

const COLORS: NoteColor[] = ['yellow', 'blue', 'green', 'pink', 'orange', 'purple'];
const slots = new Map<number, number>();
const note = (zoneIndex: number, text: string, author: Member | null): Note => {
  const zone = w.canvas.zones[zoneIndex]!;
  const slot = slots.get(zoneIndex) ?? 0;
  slots.set(zoneIndex, slot + 1);
  const rect = { x: zone.x + 16 + (slot % 3) * 205, y: zone.y + 64 + Math.floor(slot / 3) * 130, width: 190, height: 115 };
  return {
    id: id('note'),
    text,
    color: COLORS[(zoneIndex + slot) % COLORS.length]!,
    author: author?.name ?? null,
    authorMemberId: author?.id ?? null,
    ...rect,
    zoneId: zoneOfRect(w.canvas.zones, rect)?.id ?? null,
    themeId: null,
    createdAt: NOW.toISOString(),
  };
};
w.canvas.notes = [
  note(0, 'Stop reinventing the same libraries in every team', ahmed),
  note(0, 'Learn from each other instead of alone', sofia),
  note(0, 'Be proud of the code we ship', null),
  note(1, 'Test-driven development', camille),
  note(1, 'Refactoring legacy code safely', mei),
  note(1, 'Clean architecture and DDD', ahmed),
  note(2, 'Every team has at least one member', jonas),
  note(2, 'Invite the QA guild', tomas),
  note(2, 'Newcomers get a buddy', sofia),
  note(3, 'Pair programming across teams', jonas),
  note(3, 'Mob programming on real bugs', mei),
  note(3, 'Code review clinic', sofia),
  note(4, 'Monthly brown bag lunch', lucas),
  note(4, 'Weekly code kata', camille),
  note(4, 'Help another team for a day', ahmed),
  note(4, 'Internal open source for the payment client', ahmed),
  note(4, 'Legacy code retreat', mei),
  note(5, 'Halve the number of duplicated libraries', ahmed),
  note(5, 'Mutation score above 70 % on core services', camille),
  note(5, '25 people at a kata or brown bag each month', lucas),
  note(6, 'Two hours per person per month', camille),
  note(6, 'A budget for a yearly conference', sofia),
  note(6, 'The big meeting room every second Thursday', jonas),
  note(7, 'Nobody comes after the first month', jonas),
  note(7, 'Managers see it as time lost', priya),
  note(7, 'Only the same five people talk', tomas),
];
const byText = (text: string) => w.canvas.notes.find((n) => n.text === text)!;
const theme = (name: string, color: NoteColor, texts: string[]) => {
  const t = { id: id('theme'), name, color };
  w.canvas.themes.push(t);
  for (const text of texts) byText(text).themeId = t.id;
  return t;
};
const share = theme('Share knowledge across teams', 'blue', ['Stop reinventing the same libraries in every team', 'Learn from each other instead of alone', 'Help another team for a day', 'Internal open source for the payment client']);
const practise = theme('Practise together regularly', 'green', ['Weekly code kata', 'Monthly brown bag lunch', 'Pair programming across teams', 'Mob programming on real bugs']);
const quality = theme('Code quality we are proud of', 'purple', ['Test-driven development', 'Refactoring legacy code safely', 'Be proud of the code we ship', 'Legacy code retreat']);
const time = theme('Protected time and a place', 'orange', ['Two hours per person per month', 'Managers see it as time lost', 'The big meeting room every second Thursday']);
const voters = w.meta.participantIds;
let voter = 0;
const vote = (kind: 'note' | 'theme', target: string, count: number) => {
  for (let i = 0; i < count; i++) w.canvas.votes.push({ id: id('vote'), participantId: voters[voter++ % voters.length]!, target: { kind, id: target } });
};
vote('theme', share.id, 6);
vote('theme', practise.id, 5);
vote('theme', quality.id, 4);
vote('theme', time.id, 3);
vote('note', byText('Weekly code kata').id, 2);
vote('note', byText('Stop reinventing the same libraries in every team').id, 1);

const objective = (indicator: string, unit: string, baseline: number, target: number, dueDate: string | null) => ({ id: id('objective'), indicator, unit, baseline, target, dueDate });
w.goals = [
  { id: id('goal'), title: 'Reuse instead of rewrite', why: 'By sharing knowledge we reuse other teams’ libraries and save time for business features.', themeIds: [share.id], objectives: [objective('Duplicated internal libraries', 'libraries', 14, 7, '2027-06-30'), objective('Teams using the shared payment client', 'teams', 1, 6, '2027-03-31')], source: null },
  { id: id('goal'), title: 'Practise every week', why: 'Skills grow with deliberate practice, together.', themeIds: [practise.id], objectives: [objective('People at a kata or brown bag each month', 'people', 0, 25, '2027-03-31')], source: null },
  { id: id('goal'), title: 'Code we are proud of', why: 'Fewer bugs reach production, and changing the code stops being scary.', themeIds: [quality.id], objectives: [objective('Mutation score on core services', '%', 42, 70, '2027-09-30')], source: null },
];
const [reuse, practice, proud] = w.goals as [Workshop['goals'][number], Workshop['goals'][number], Workshop['goals'][number]];
const measure = (objectiveId: string, values: [string, number][]) =>
  values.forEach(([date, value]) => w.impact.measurements.push({ id: id('measurement'), objectiveId, date, value, note: '' }));
measure(reuse.objectives[0]!.id, [['2026-11-24', 14], ['2026-12-15', 13], ['2027-01-12', 12]]);
measure(practice.objectives[0]!.id, [['2026-11-30', 9], ['2026-12-31', 14]]);

w.sponsorAsks = [
  { id: id('ask'), kind: 'dedicated-time', what: 'Two hours per person per month for community activities', amount: 2, unit: 'h per person per month', sponsorId: helene.id, goalIds: [reuse.id, practice.id], status: 'asked', askedOn: '2026-11-24', decidedOn: null, notes: 'To be reviewed at the end of the first quarter.' },
  { id: id('ask'), kind: 'budget', what: 'Tickets for a craftsmanship conference', amount: 6000, unit: 'EUR per year', sponsorId: marc.id, goalIds: [proud.id], status: 'draft', askedOn: null, decidedOn: null, notes: '' },
  { id: id('ask'), kind: 'room', what: 'The big meeting room every second Thursday', amount: null, unit: '', sponsorId: helene.id, goalIds: [practice.id], status: 'granted', askedOn: '2026-11-10', decidedOn: '2026-11-17', notes: '' },
  { id: id('ask'), kind: 'tooling', what: 'A shared mutation-testing licence', amount: 1200, unit: 'EUR per year', sponsorId: marc.id, goalIds: [proud.id], status: 'draft', askedOn: null, decidedOn: null, notes: '' },
];

const [ideas, next, doing, done] = w.backlog.columns as [Workshop['backlog']['columns'][number], Workshop['backlog']['columns'][number], Workshop['backlog']['columns'][number], Workshop['backlog']['columns'][number]];
const activity = (column: typeof ideas, title: string, type: Activity['type'], extra: Partial<Activity> = {}) => {
  const a: Activity = { id: id('activity'), type, title, description: '', ownerId: null, date: null, effortHours: null, goalIds: [], source: null, ...extra };
  w.backlog.activities.push(a);
  column.activityIds.push(a.id);
  return a;
};
activity(ideas, 'Conference talk on our shared libraries', 'other', { goalIds: [reuse.id] });
activity(ideas, 'Legacy code retreat', 'training', { effortHours: 8, goalIds: [proud.id], description: 'A day of deliberate practice on a legacy kata.' });
activity(ideas, 'Open-source the feature-flag client', 'internal-open-source', { ownerId: ahmed.id, goalIds: [reuse.id] });
activity(next, 'Gilded Rose kata', 'code-kata', { ownerId: camille.id, date: '2026-12-04', effortHours: 2, goalIds: [practice.id], description: 'Refactoring kata, in pairs, 90 minutes.' });
activity(next, 'Brown bag: our payment client', 'brown-bag-lunch', { ownerId: ahmed.id, date: '2026-12-11', effortHours: 1, goalIds: [reuse.id] });
activity(next, 'Help the Search team with their flaky tests', 'help-another-team', { ownerId: mei.id, date: '2026-12-16', effortHours: 6, goalIds: [proud.id] });
activity(doing, 'Inventory of duplicated libraries', 'other', { ownerId: jonas.id, effortHours: 4, goalIds: [reuse.id] });
const kickoff = activity(done, 'Kick-off meetup', 'meetup', { ownerId: camille.id, date: '2026-11-24', effortHours: 2 });
const bowling = activity(done, 'TDD kata: bowling game', 'code-kata', { ownerId: sofia.id, date: '2026-11-18', effortHours: 2, goalIds: [practice.id] });
w.impact.outcomes = [
  { id: id('outcome'), activityId: kickoff.id, date: '2026-11-24', attendance: 14, satisfaction: 5, notes: 'Seven teams were represented.' },
  { id: id('outcome'), activityId: bowling.id, date: '2026-11-18', attendance: 9, satisfaction: 4, notes: 'Ask for a longer slot next time.' },
];

const actual = [6 * 60 + 10, 11 * 60, 9 * 60 + 30, 5 * 60, 14 * 60, 16 * 60 + 20, 13 * 60, 5 * 60 + 40, null];
w.agenda.steps.forEach((step, i) => (step.actualSeconds = actual[i] ?? null));
void priya;

const checked = WorkshopSchema.safeParse(w);
if (!checked.success) throw new Error(`The example workshop is not valid: ${checked.error.message}`);
const target = path.resolve(import.meta.dirname, '../resources/example-workshop.copstudio');
writeFileSync(target, serializeWorkshop(checked.data));
console.log(`Wrote ${target}: ${w.canvas.notes.length} notes, ${w.backlog.activities.length} activities.`);
