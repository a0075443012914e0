/**
 * Writes the example workshop of the welcome screen, in English (`resources/example-workshop.copstudio`) and in
 * French (`resources/example-workshop.fr.copstudio`): a software-craftsmanship community's kick-off, as a
 * facilitator would leave it — the same workshop, written in each language (`L(english, french)`). Deterministic
 * (fixed ids and dates), so re-running it changes nothing unless this script changed.
 * Run: `npx tsx scripts/make-example-workshop.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createWorkshop } from '../shared/domain/new-workshop';
import type { Language } from '../shared/i18n';
import { zoneOfRect } from '../shared/domain/zone-of-point';
import { WorkshopSchema, type Activity, type Member, type MemberRole, type Note, type NoteColor, type Workshop } from '../shared/schema';
import { serializeWorkshop } from '../electron/services/atomic-write';

const NOW = new Date('2026-11-24T09:00:00Z');

/** The example file of a language, beside the English one (electron/main-services.ts names them the same way). */
const exampleFileName = (language: Language) =>
  language === 'en' ? 'example-workshop.copstudio' : `example-workshop.${language}.copstudio`;

function makeExample(language: Language): Workshop {
  let counter = 0;
  const id = (prefix: string) => `${prefix}-${String(++counter).padStart(3, '0')}`;
  /** A text of the example in the language being written. */
  const L = (english: string, french: string) => (language === 'fr' ? french : english);

  const w: Workshop = createWorkshop({
    title: L('Software Craftsmanship — kick-off workshop', 'Software Craftsmanship — atelier de lancement'),
    community: L('Software Craftsmanship Community', 'Communauté Software Craftsmanship'),
    facilitator: 'Camille Martin',
    language,
    now: NOW,
  });
  w.id = 'example-workshop';
  w.community.openWorkshop.id = 'workshop-1';
  w.canvas.zones.forEach((z) => (z.id = id('zone')));
  w.agenda.steps.forEach((s) => (s.id = id('step')));
  w.agenda.currentStepId = w.agenda.steps[w.agenda.steps.length - 1]!.id;
  w.backlog.columns.forEach((c) => (c.id = id('column')));
  w.meta.nextSessionDate = '2027-01-14';

  const member = (name: string, team: string, role: MemberRole, interests: string[]): Member => ({
    id: id('member'),
    name,
    team,
    role,
    interests,
    joined: '2026-11-24',
    contact: '',
  });
  w.members = [
    member('Camille Martin', L('Platform', 'Plateforme'), 'core', ['TDD', L('facilitation', 'animation')]),
    member('Ahmed Benali', L('Payments', 'Paiements'), 'core', ['refactoring', 'DDD']),
    member('Sofia Rossi', 'Mobile', 'active', [L('testing', 'tests'), 'Kotlin']),
    member('Jonas Weber', L('Data', 'Données'), 'active', [L('pairing', 'binômage'), 'Python']),
    member('Mei Tanaka', L('Search', 'Recherche'), 'active', [L('legacy code', 'code existant'), 'mob programming']),
    member('Lucas Moreau', L('Payments', 'Paiements'), 'occasional', ['katas']),
    member('Priya Nair', L('Platform', 'Plateforme'), 'occasional', [L('observability', 'observabilité')]),
    member('Tomás García', L('QA guild', 'Guilde QA'), 'occasional', [L('test automation', 'automatisation des tests')]),
    member('Hélène Dubois', L('Engineering management', 'Direction de l’ingénierie'), 'sponsor', [
      L('engineering culture', 'culture d’ingénierie'),
    ]),
    member('Marc Lefèvre', L('CTO office', 'Bureau du CTO'), 'sponsor', []),
  ];
  const [camille, ahmed, sofia, jonas, mei, lucas, priya, tomas, helene, marc] = w.members as [
    Member,
    Member,
    Member,
    Member,
    Member,
    Member,
    Member,
    Member,
    Member,
    Member,
  ];
  w.meta.participantIds = [camille, ahmed, sofia, jonas, mei, lucas, tomas].map((m) => m.id);
  w.canvas.voting.participantIds = w.meta.participantIds;
  w.canvas.voting.revealed = true;
  w.canvas.visionStatement = L(
    'We are developers who help each other write code we are proud of.\nBy sharing what we learn across teams, we reuse each other’s work, fix bugs faster and keep our time for the features that matter.',
    'Nous sommes des développeurs qui s’entraident pour écrire du code dont nous sommes fiers.\nEn partageant ce que nous apprenons d’une équipe à l’autre, nous réutilisons le travail des autres, corrigeons les bugs plus vite et gardons notre temps pour les fonctionnalités qui comptent.',
  );

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
    note(
      0,
      L('Stop reinventing the same libraries in every team', 'Arrêter de réinventer les mêmes bibliothèques dans chaque équipe'),
      ahmed,
    ),
    note(0, L('Learn from each other instead of alone', 'Apprendre les uns des autres plutôt que seuls'), sofia),
    note(0, L('Be proud of the code we ship', 'Être fiers du code que nous livrons'), null),
    note(1, L('Test-driven development', 'Développement piloté par les tests'), camille),
    note(1, L('Refactoring legacy code safely', 'Refactoriser le code existant sans risque'), mei),
    note(1, L('Clean architecture and DDD', 'Architecture propre et DDD'), ahmed),
    note(2, L('Every team has at least one member', 'Chaque équipe a au moins un membre'), jonas),
    note(2, L('Invite the QA guild', 'Inviter la guilde QA'), tomas),
    note(2, L('Newcomers get a buddy', 'Un parrain pour chaque nouvel arrivant'), sofia),
    note(3, L('Pair programming across teams', 'Programmation en binôme entre équipes'), jonas),
    note(3, L('Mob programming on real bugs', 'Mob programming sur de vrais bugs'), mei),
    note(3, L('Code review clinic', 'Atelier de revue de code'), sofia),
    note(4, L('Monthly brown bag lunch', 'Un midi-conférence par mois'), lucas),
    note(4, L('Weekly code kata', 'Un kata de code chaque semaine'), camille),
    note(4, L('Help another team for a day', 'Aider une autre équipe pendant une journée'), ahmed),
    note(4, L('Internal open source for the payment client', 'Open source interne pour le client de paiement'), ahmed),
    note(4, L('Legacy code retreat', 'Retraite « code existant »'), mei),
    note(5, L('Halve the number of duplicated libraries', 'Diviser par deux les bibliothèques dupliquées'), ahmed),
    note(5, L('Mutation score above 70 % on core services', 'Score de mutation au-dessus de 70 % sur les services cœur'), camille),
    note(5, L('25 people at a kata or brown bag each month', '25 personnes à un kata ou midi-conférence chaque mois'), lucas),
    note(6, L('Two hours per person per month', 'Deux heures par personne et par mois'), camille),
    note(6, L('A budget for a yearly conference', 'Un budget pour une conférence annuelle'), sofia),
    note(6, L('The big meeting room every second Thursday', 'La grande salle de réunion un jeudi sur deux'), jonas),
    note(7, L('Nobody comes after the first month', 'Plus personne ne vient après le premier mois'), jonas),
    note(7, L('Managers see it as time lost', 'Les managers y voient du temps perdu'), priya),
    note(7, L('Only the same five people talk', 'Toujours les cinq mêmes qui parlent'), tomas),
  ];
  const byText = (text: string) => w.canvas.notes.find((n) => n.text === text)!;
  const theme = (name: string, color: NoteColor, texts: string[]) => {
    const t = { id: id('theme'), name, color };
    w.canvas.themes.push(t);
    for (const text of texts) byText(text).themeId = t.id;
    return t;
  };
  const share = theme(L('Share knowledge across teams', 'Partager le savoir entre équipes'), 'blue', [
    L('Stop reinventing the same libraries in every team', 'Arrêter de réinventer les mêmes bibliothèques dans chaque équipe'),
    L('Learn from each other instead of alone', 'Apprendre les uns des autres plutôt que seuls'),
    L('Help another team for a day', 'Aider une autre équipe pendant une journée'),
    L('Internal open source for the payment client', 'Open source interne pour le client de paiement'),
  ]);
  const practise = theme(L('Practise together regularly', 'Pratiquer ensemble régulièrement'), 'green', [
    L('Weekly code kata', 'Un kata de code chaque semaine'),
    L('Monthly brown bag lunch', 'Un midi-conférence par mois'),
    L('Pair programming across teams', 'Programmation en binôme entre équipes'),
    L('Mob programming on real bugs', 'Mob programming sur de vrais bugs'),
  ]);
  const quality = theme(L('Code quality we are proud of', 'Un code dont nous sommes fiers'), 'purple', [
    L('Test-driven development', 'Développement piloté par les tests'),
    L('Refactoring legacy code safely', 'Refactoriser le code existant sans risque'),
    L('Be proud of the code we ship', 'Être fiers du code que nous livrons'),
    L('Legacy code retreat', 'Retraite « code existant »'),
  ]);
  const time = theme(L('Protected time and a place', 'Du temps protégé et un lieu'), 'orange', [
    L('Two hours per person per month', 'Deux heures par personne et par mois'),
    L('Managers see it as time lost', 'Les managers y voient du temps perdu'),
    L('The big meeting room every second Thursday', 'La grande salle de réunion un jeudi sur deux'),
  ]);
  const voters = w.meta.participantIds;
  let voter = 0;
  const vote = (kind: 'note' | 'theme', target: string, count: number) => {
    for (let i = 0; i < count; i++)
      w.canvas.votes.push({ id: id('vote'), participantId: voters[voter++ % voters.length]!, target: { kind, id: target } });
  };
  vote('theme', share.id, 6);
  vote('theme', practise.id, 5);
  vote('theme', quality.id, 4);
  vote('theme', time.id, 3);
  vote('note', byText(L('Weekly code kata', 'Un kata de code chaque semaine')).id, 2);
  vote(
    'note',
    byText(L('Stop reinventing the same libraries in every team', 'Arrêter de réinventer les mêmes bibliothèques dans chaque équipe')).id,
    1,
  );

  const objective = (indicator: string, unit: string, baseline: number, target: number, dueDate: string | null) => ({
    id: id('objective'),
    indicator,
    unit,
    baseline,
    target,
    dueDate,
  });
  w.goals = [
    {
      id: id('goal'),
      title: L('Reuse instead of rewrite', 'Réutiliser plutôt que réécrire'),
      why: L(
        'By sharing knowledge we reuse other teams’ libraries and save time for business features.',
        'En partageant le savoir, nous réutilisons les bibliothèques des autres équipes et gagnons du temps pour les fonctionnalités métier.',
      ),
      themeIds: [share.id],
      objectives: [
        objective(
          L('Duplicated internal libraries', 'Bibliothèques internes dupliquées'),
          L('libraries', 'bibliothèques'),
          14,
          7,
          '2027-06-30',
        ),
        objective(
          L('Teams using the shared payment client', 'Équipes utilisant le client de paiement partagé'),
          L('teams', 'équipes'),
          1,
          6,
          '2027-03-31',
        ),
      ],
      source: null,
    },
    {
      id: id('goal'),
      title: L('Practise every week', 'Pratiquer chaque semaine'),
      why: L('Skills grow with deliberate practice, together.', 'Les compétences grandissent par la pratique délibérée, ensemble.'),
      themeIds: [practise.id],
      objectives: [
        objective(
          L('People at a kata or brown bag each month', 'Personnes à un kata ou midi-conférence chaque mois'),
          L('people', 'personnes'),
          0,
          25,
          '2027-03-31',
        ),
      ],
      source: null,
    },
    {
      id: id('goal'),
      title: L('Code we are proud of', 'Un code dont nous sommes fiers'),
      why: L(
        'Fewer bugs reach production, and changing the code stops being scary.',
        'Moins de bugs en production, et modifier le code ne fait plus peur.',
      ),
      themeIds: [quality.id],
      objectives: [objective(L('Mutation score on core services', 'Score de mutation des services cœur'), '%', 42, 70, '2027-09-30')],
      source: null,
    },
  ];
  const [reuse, practice, proud] = w.goals as [Workshop['goals'][number], Workshop['goals'][number], Workshop['goals'][number]];
  const measure = (objectiveId: string, values: [string, number][]) =>
    values.forEach(([date, value]) => w.impact.measurements.push({ id: id('measurement'), objectiveId, date, value, note: '' }));
  measure(reuse.objectives[0]!.id, [
    ['2026-11-24', 14],
    ['2026-12-15', 13],
    ['2027-01-12', 12],
  ]);
  measure(practice.objectives[0]!.id, [
    ['2026-11-30', 9],
    ['2026-12-31', 14],
  ]);

  w.sponsorAsks = [
    {
      id: id('ask'),
      kind: 'dedicated-time',
      what: L(
        'Two hours per person per month for community activities',
        'Deux heures par personne et par mois pour les activités de la communauté',
      ),
      amount: 2,
      unit: L('h per person per month', 'h par personne et par mois'),
      sponsorId: helene.id,
      goalIds: [reuse.id, practice.id],
      status: 'asked',
      askedOn: '2026-11-24',
      decidedOn: null,
      notes: L('To be reviewed at the end of the first quarter.', 'À revoir à la fin du premier trimestre.'),
    },
    {
      id: id('ask'),
      kind: 'budget',
      what: L('Tickets for a craftsmanship conference', 'Des places pour une conférence craftsmanship'),
      amount: 6000,
      unit: L('EUR per year', 'EUR par an'),
      sponsorId: marc.id,
      goalIds: [proud.id],
      status: 'draft',
      askedOn: null,
      decidedOn: null,
      notes: '',
    },
    {
      id: id('ask'),
      kind: 'room',
      what: L('The big meeting room every second Thursday', 'La grande salle de réunion un jeudi sur deux'),
      amount: null,
      unit: '',
      sponsorId: helene.id,
      goalIds: [practice.id],
      status: 'granted',
      askedOn: '2026-11-10',
      decidedOn: '2026-11-17',
      notes: '',
    },
    {
      id: id('ask'),
      kind: 'tooling',
      what: L('A shared mutation-testing licence', 'Une licence partagée d’outil de test de mutation'),
      amount: 1200,
      unit: L('EUR per year', 'EUR par an'),
      sponsorId: marc.id,
      goalIds: [proud.id],
      status: 'draft',
      askedOn: null,
      decidedOn: null,
      notes: '',
    },
  ];

  const [ideas, next, doing, done] = w.backlog.columns as [
    Workshop['backlog']['columns'][number],
    Workshop['backlog']['columns'][number],
    Workshop['backlog']['columns'][number],
    Workshop['backlog']['columns'][number],
  ];
  const activity = (column: typeof ideas, title: string, type: Activity['type'], extra: Partial<Activity> = {}) => {
    const a: Activity = {
      id: id('activity'),
      type,
      title,
      description: '',
      ownerId: null,
      date: null,
      effortHours: null,
      goalIds: [],
      source: null,
      ...extra,
    };
    w.backlog.activities.push(a);
    column.activityIds.push(a.id);
    return a;
  };
  activity(ideas, L('Conference talk on our shared libraries', 'Conférence sur nos bibliothèques partagées'), 'other', {
    goalIds: [reuse.id],
  });
  activity(ideas, L('Legacy code retreat', 'Retraite « code existant »'), 'training', {
    effortHours: 8,
    goalIds: [proud.id],
    description: L('A day of deliberate practice on a legacy kata.', 'Une journée de pratique délibérée sur un kata de code existant.'),
  });
  activity(ideas, L('Open-source the feature-flag client', 'Ouvrir en interne le client de feature flags'), 'internal-open-source', {
    ownerId: ahmed.id,
    goalIds: [reuse.id],
  });
  activity(next, L('Gilded Rose kata', 'Kata Gilded Rose'), 'code-kata', {
    ownerId: camille.id,
    date: '2026-12-04',
    effortHours: 2,
    goalIds: [practice.id],
    description: L('Refactoring kata, in pairs, 90 minutes.', 'Kata de refactoring, en binômes, 90 minutes.'),
  });
  activity(next, L('Brown bag: our payment client', 'Midi-conférence : notre client de paiement'), 'brown-bag-lunch', {
    ownerId: ahmed.id,
    date: '2026-12-11',
    effortHours: 1,
    goalIds: [reuse.id],
  });
  activity(
    next,
    L('Help the Search team with their flaky tests', 'Aider l’équipe Recherche avec ses tests instables'),
    'help-another-team',
    { ownerId: mei.id, date: '2026-12-16', effortHours: 6, goalIds: [proud.id] },
  );
  activity(doing, L('Inventory of duplicated libraries', 'Inventaire des bibliothèques dupliquées'), 'other', {
    ownerId: jonas.id,
    effortHours: 4,
    goalIds: [reuse.id],
  });
  const kickoff = activity(done, L('Kick-off meetup', 'Meetup de lancement'), 'meetup', {
    ownerId: camille.id,
    date: '2026-11-24',
    effortHours: 2,
  });
  const bowling = activity(done, L('TDD kata: bowling game', 'Kata TDD : le bowling'), 'code-kata', {
    ownerId: sofia.id,
    date: '2026-11-18',
    effortHours: 2,
    goalIds: [practice.id],
  });
  w.impact.outcomes = [
    {
      id: id('outcome'),
      activityId: kickoff.id,
      date: '2026-11-24',
      attendance: 14,
      satisfaction: 5,
      notes: L('Seven teams were represented.', 'Sept équipes étaient représentées.'),
    },
    {
      id: id('outcome'),
      activityId: bowling.id,
      date: '2026-11-18',
      attendance: 9,
      satisfaction: 4,
      notes: L('Ask for a longer slot next time.', 'Demander un créneau plus long la prochaine fois.'),
    },
  ];

  const actual = [6 * 60 + 10, 11 * 60, 9 * 60 + 30, 5 * 60, 14 * 60, 16 * 60 + 20, 13 * 60, 5 * 60 + 40, null];
  w.agenda.steps.forEach((step, i) => (step.actualSeconds = actual[i] ?? null));
  void priya;

  return w;
}

for (const language of ['en', 'fr'] as const) {
  const w = makeExample(language);
  const checked = WorkshopSchema.safeParse(w);
  if (!checked.success) throw new Error(`The example workshop is not valid: ${checked.error.message}`);
  const target = path.resolve(import.meta.dirname, '../resources', exampleFileName(language));
  writeFileSync(target, serializeWorkshop(checked.data));
  console.log(`Wrote ${target}: ${w.canvas.notes.length} notes, ${w.backlog.activities.length} activities.`);
}
