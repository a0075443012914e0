import type { Catalog } from '../../catalog-type';

export const common: Catalog['common'] = {
  cancel: 'Annuler',
  close: 'Fermer',
  edit: 'Modifier',
  delete: 'Supprimer',
  undo: 'Annuler l’action',
  confirm: {
    nothingElse: 'Rien d’autre n’y fait référence.',
    undoHint: 'Vous pourrez revenir en arrière avec {{shortcut}}.',
  },
  views: {
    canvas: 'Canevas',
    backlog: 'Activités',
    people: 'Membres',
    goals: 'Objectifs',
    sponsors: 'Sponsors',
    impact: 'Impact',
    agenda: 'Ordre du jour',
  },
};
