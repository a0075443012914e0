/** Help and the facilitator's guide (renderer/help): "how to run this step" and "how a vision workshop runs". */
export const help = {
  purpose: {
    checkIn: 'Know who is in the room and let everyone speak once before the work starts.',
    brainstorm: 'Collect everyone’s ideas before anyone is influenced by the loudest voice.',
    cluster: 'Turn many notes into a few themes the group can vote on.',
    dotVote: 'Find what matters most to the group, quickly and fairly.',
    vision: 'Say in two or three sentences why the community exists and what it will change.',
    goals: 'Make the vision measurable: two or three goals, each with an indicator, a baseline and a target.',
    backlog: 'Leave with the first activities planned: a title, an owner and a date each.',
    sponsorAsk: 'Agree on what to ask of management — time, budget, rooms — and why.',
    wrapUp: 'Close the workshop: what was decided, what happens next, and the summary for the sponsors.',
  },
  say: {
    checkIn:
      '“In one sentence: your name, your team, and one thing you would like to get better at.” Tick each person in People as they answer.',
    brainstorm:
      '“For ten minutes, in silence, one idea per note, in the zone where it fits. I type what you dictate.” Read each zone’s question aloud.',
    cluster:
      '“Which notes say the same thing?” Move them together, then ask the group to name each group: a short phrase, not a single word.',
    dotVote:
      '“You each have three dots. Put them on the themes or notes you most want the community to work on; several on one is fine.” Keep votes hidden until everyone has voted, then reveal.',
    vision:
      '“Starting from our top themes: complete the sentence ‘We are … who … so that …’.” Write the draft where everyone can see it and edit it live.',
    goals:
      '“If this community works, what will have changed in a year? How would we see it?” Turn the top themes into goals, then ask for today’s number and the target.',
    backlog: '“What could we do in the next six weeks? Who takes it? When?” Put the ones with an owner and a date in Next.',
    sponsorAsk: '“What do we need to do this? Whom do we ask?” Link each ask to the goals it serves: that is what convinces a sponsor.',
    wrapUp: '“One word each: how do you leave this workshop?” Set the next session date in Workshop details, then export the PDF summary.',
  },
  watch: {
    checkIn: 'Keep it short: one sentence each. Note who is missing but should be here: they belong in the Members zone later.',
    brainstorm:
      'Zones left empty (ask their question again), notes with two ideas (split them), and discussions starting too early (park them).',
    cluster: 'Themes that are too big to act on (split them) and notes forced into a theme (a note may stay alone).',
    dotVote:
      'People waiting to see how others vote (keep the votes hidden), and a tie at the top (a quick second round on the tied themes only).',
    vision: 'Wordsmithing: a good-enough sentence the group agrees with beats a perfect one. Jargon a sponsor would not understand.',
    goals: 'Goals without a number (ask “how would we know?”), and too many goals: three is plenty for a start.',
    backlog:
      'Activities nobody owns (they will not happen), and an ambitious list: two or three first activities that really happen beat ten ideas.',
    sponsorAsk: 'Asks without a number (“some time” → “two hours per person per month”), and asks nobody will carry to the sponsor.',
    wrapUp: 'Leaving without a date for the next session, and a summary nobody sends: send it the same day.',
  },
  time: {
    checkIn: '5 minutes (about 20 seconds a person)',
    brainstorm: '10 minutes',
    cluster: '10 minutes',
    dotVote: '5 minutes',
    vision: '10 minutes',
    goals: '15 minutes',
    backlog: '15 minutes',
    sponsorAsk: '5 minutes',
    wrapUp: '5 minutes',
  },
  guide: {
    heading: 'How to run this step',
    purpose: 'Purpose',
    say: 'What to say',
    watch: 'Watch for',
    time: 'Typical time',
    show: 'Show the facilitator guide',
    hide: 'Hide the facilitator guide',
  },
  button: 'Help',
  title: 'Help',
  workshopHeading: 'How a vision workshop runs',
  intro:
    'A community-of-practice vision workshop brings the people who care about a craft together for about an hour and a half, to agree on why the community exists, what it will do first, and what it needs from sponsors.',
  steps: {
    before: 'Before: add the members you expect (People), set the date and the facilitator (Workshop details), and plug in the projector.',
    checkIn: 'Check-in: everyone says who they are; tick them as present.',
    brainstorm: 'Silent brainstorm: participants dictate one idea per note into the canvas zones, in silence.',
    cluster: 'Cluster: group similar notes into named themes.',
    dotVote: 'Dot vote: each participant places a few dots; reveal the results when everyone has voted.',
    vision: 'Vision statement: write two or three sentences from the top themes.',
    goals: 'Goals & objectives: turn the top themes into goals with a baseline and a target.',
    backlog: 'Backlog: plan the first activities with an owner and a date.',
    sponsorAsk: 'Sponsor ask: what you ask of management (time, budget, rooms), and why.',
    wrapUp: 'Wrap-up: set the next session date and export the PDF summary; its first page is the brief for your sponsor.',
  },
  tips: 'The Agenda view runs the timer and shows, for each step, how to run it. Projector mode (F5) shows the room large type without the editing controls or this guide.',
  shortcutsButton: 'Keyboard shortcuts',
  close: 'Close',
} as const;
