import type { AgendaStep } from '../schema';

/** The default vision workshop, from the product spec. */
export const VISION_WORKSHOP_AGENDA: ReadonlyArray<Omit<AgendaStep, 'id' | 'actualSeconds'>> = [
  { title: 'Check-in', description: 'Who is here: pick from members or add.', minutes: 5, view: 'people', mode: null, surface: 'check-in' },
  { title: 'Silent brainstorm', description: 'Everyone dictates sticky notes into the canvas zones.', minutes: 10, view: 'canvas', mode: null, surface: 'brainstorm' },
  { title: 'Cluster', description: 'Group similar notes into named themes.', minutes: 10, view: 'canvas', mode: null, surface: 'cluster' },
  { title: 'Dot vote', description: 'Each participant places their dots.', minutes: 5, view: 'canvas', mode: 'voting', surface: 'vote' },
  { title: 'Vision statement', description: "Write the community's vision from the top themes.", minutes: 10, view: 'canvas', mode: null, surface: 'vision' },
  { title: 'Goals & objectives', description: 'Turn the top themes into measurable goals.', minutes: 15, view: 'goals', mode: null, surface: 'goals' },
  { title: 'Backlog of first activities', description: 'Plan the first activities.', minutes: 15, view: 'backlog', mode: null, surface: 'backlog' },
  { title: 'Sponsor ask', description: 'What we ask of management, and why.', minutes: 5, view: 'sponsors', mode: null, surface: 'sponsor' },
  { title: 'Wrap-up & export', description: 'Check out and export the summary.', minutes: 5, view: 'agenda', mode: null, surface: 'agenda' },
];

export const DEFAULT_BACKLOG_COLUMNS: ReadonlyArray<string> = ['Ideas', 'Next', 'In progress', 'Done'];
