import type { Catalog } from '../../catalog-type';

export const welcome: Catalog['welcome'] = {
  heading: 'Bienvenue dans CoP Studio',
  intro:
    'Préparez et animez un atelier de communauté de pratique au vidéoprojecteur, hors ligne, puis envoyez-en la synthèse à vos sponsors. Première visite ? Ouvrez l’atelier d’exemple pour voir un lancement complet, ou partez d’un modèle.',
  startHeading: 'Commencer un nouvel atelier',
  templateLegend: 'Modèle',
  newWorkshop: 'Nouvel atelier',
  openHeading: 'Ou en ouvrir un',
  openExample: 'Ouvrir l’atelier d’exemple',
  openExampleHint:
    'Le lancement d’une communauté du software craftsmanship, déjà rempli. Il s’ouvre comme une nouvelle copie : l’exemple lui-même ne change jamais.',
  openFile: 'Ouvrir un atelier…',
  recentHeading: 'Ateliers récents',
  recentEmpty: 'Les ateliers que vous ouvrez ou enregistrez apparaissent ici.',
  recentLoading: 'Chargement des ateliers récents…',
  help: 'Le déroulé d’un atelier de vision',
  exampleOpened:
    'L’atelier d’exemple est ouvert comme une nouvelle copie. Enregistrez-le pour garder vos modifications ; l’exemple lui-même reste intact.',
  templateLabel: {
    vision: 'Atelier de vision d’une communauté de pratique',
    wenger: 'Domaine, communauté, pratique',
    'start-stop-continue': 'Commencer, arrêter, continuer',
    blank: 'Atelier vierge',
  },
  templateDescription: {
    vision:
      'Le lancement complet : huit zones sur le canevas (raison d’être, domaine, membres, pratiques…) et neuf étapes à l’ordre du jour, de l’accueil à la demande aux sponsors, environ 1 h 20 min.',
    wenger:
      'Les trois éléments d’une communauté de pratique selon Wenger, en trois zones ; un ordre du jour plus court, environ 1 h 05 min.',
    'start-stop-continue': 'Un bilan pour une communauté déjà active : ce qu’il faut commencer, arrêter et continuer ; environ 50 min.',
    blank: 'Un canevas vide et pas d’ordre du jour : à vous de le construire.',
  },
};
