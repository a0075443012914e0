import type { Catalog } from '../../catalog-type';

export const labels: Catalog['labels'] = {
  role: {
    core: 'Noyau',
    active: 'Actif',
    occasional: 'Occasionnel',
    sponsor: 'Sponsor',
  },
  roleGroup: {
    core: 'Membres du noyau',
    active: 'Membres actifs',
    occasional: 'Membres occasionnels',
    sponsor: 'Sponsors',
  },
  activityType: {
    'brown-bag-lunch': 'Midi-conférence',
    'code-kata': 'Kata de code',
    'help-another-team': 'Aide à une autre équipe',
    training: 'Formation',
    'internal-open-source': 'Open source interne',
    meetup: 'Meetup',
    other: 'Autre',
  },
  askKind: {
    'dedicated-time': 'Temps dédié',
    budget: 'Budget',
    room: 'Salle',
    tooling: 'Outillage',
    other: 'Autre',
  },
  askStatus: {
    draft: 'Brouillon',
    asked: 'Demandée',
    granted: 'Accordée',
    refused: 'Refusée',
  },
};
