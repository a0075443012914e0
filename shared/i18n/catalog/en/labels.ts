/** Names of the kinds the document knows: member roles, activity types, kinds and statuses of sponsor asks. */
export const labels = {
  role: {
    core: 'Core',
    active: 'Active',
    occasional: 'Occasional',
    sponsor: 'Sponsor',
  },
  roleGroup: {
    core: 'Core members',
    active: 'Active members',
    occasional: 'Occasional members',
    sponsor: 'Sponsors',
  },
  activityType: {
    'brown-bag-lunch': 'Brown bag lunch',
    'code-kata': 'Code kata',
    'help-another-team': 'Help another team',
    training: 'Training',
    'internal-open-source': 'Internal open source',
    meetup: 'Meetup',
    other: 'Other',
  },
  askKind: {
    'dedicated-time': 'Dedicated time',
    budget: 'Budget',
    room: 'Room',
    tooling: 'Tooling',
    other: 'Other',
  },
  askStatus: {
    draft: 'Draft',
    asked: 'Asked',
    granted: 'Granted',
    refused: 'Refused',
  },
} as const;
