/** The welcome screen (renderer/welcome): what a facilitator sees with no workshop open. */
export const welcome = {
  heading: 'Welcome to CoP Studio',
  intro:
    'Plan and run a community-of-practice workshop on a projector, offline, then send its summary to your sponsors. New here? Open the example workshop to see a finished kick-off, or start from a template.',
  startHeading: 'Start a new workshop',
  templateLegend: 'Template',
  newWorkshop: 'New workshop',
  openHeading: 'Or open one',
  openExample: 'Open the example workshop',
  openExampleHint: 'A software-craftsmanship community’s kick-off, filled in. It opens as a new copy: the example itself never changes.',
  openFile: 'Open workshop…',
  recentHeading: 'Recent workshops',
  recentEmpty: 'Workshops you open or save appear here.',
  recentLoading: 'Loading recent workshops…',
  help: 'How a vision workshop runs',
  exampleOpened: 'Opened the example workshop as a new copy. Save it to keep your changes; the example itself stays as it was.',
  templateLabel: {
    vision: 'Community-of-practice vision workshop',
    wenger: 'Domain, community, practice',
    'start-stop-continue': 'Start, stop, continue',
    blank: 'Blank workshop',
  },
  templateDescription: {
    vision:
      'The full kick-off: eight canvas zones (purpose, domain, members, practices…) and nine agenda steps from check-in to the sponsor ask, about 1 h 20 min.',
    wenger: 'Wenger’s three elements of a community of practice as three zones; a shorter agenda, about 1 h 05 min.',
    'start-stop-continue': 'A check-up for a community that already runs: what to start, stop and continue; about 50 min.',
    blank: 'An empty canvas and no agenda: build your own.',
  },
} as const;
