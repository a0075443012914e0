/**
 * The limits of the document, named once: the schema validates with them, the views give them to `maxLength`,
 * the domain clips with them, and the room and the imports follow them. Change a limit here, nowhere else.
 */
export const LIMITS = {
  workshop: { title: 200, community: 200, facilitator: 120 },
  vision: 5_000,
  zone: { title: 120, hint: 300 },
  note: { text: 2_000, author: 120 },
  theme: { name: 120 },
  activity: { title: 300, description: 10_000 },
  column: { title: 80, wipLimit: 1_000 },
  goal: { title: 300, why: 5_000 },
  objective: { indicator: 200, unit: 40 },
  member: { name: 120, team: 120, interest: 60, interests: 50, contact: 200 },
  ask: { what: 300, unit: 80, notes: 5_000 },
  measurement: { note: 2_000 },
  outcome: { notes: 5_000 },
  agendaStep: { title: 200, description: 2_000 },
  stage: { why: 2_000 },
  story: { title: 200, happened: 5_000, beneficiaries: 500, indicators: 2_000 },
} as const;
