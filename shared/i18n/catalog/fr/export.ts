import type { Catalog } from '../../catalog-type';

export const exportUi: Catalog['exportUi'] = {
  menu: 'Exporter',
  what: {
    brief: 'Note au sponsor',
    pdf: 'Synthèse PDF',
    markdown: 'Synthèse Markdown',
    jsonCanvas: 'JSON Canvas',
  },
  busy: {
    brief: 'Préparation de la note au sponsor…',
    pdf: 'Préparation de la synthèse PDF…',
    markdown: 'Écriture de la synthèse Markdown…',
    jsonCanvas: 'Écriture du JSON Canvas…',
  },
  finished: 'Export terminé',
  savedAs: '{{what}} : fichier enregistré sous <name>{{name}}</name>.',
  open: 'Ouvrir',
  dismiss: 'Fermer le message d’export',
  imported: {
    notes_one: '{{count}} note',
    notes_other: '{{count}} notes',
    zones_one: '{{count}} zone',
    zones_other: '{{count}} zones',
    themes_one: '{{count}} thème',
    themes_other: '{{count}} thèmes',
    skipped_one: '{{count}} liaison a été ignorée (le canevas n’a pas de flèches)',
    skipped_other: '{{count}} liaisons ont été ignorées (le canevas n’a pas de flèches)',
    truncated_one: '{{count}} note trop longue a été raccourcie',
    truncated_other: '{{count}} notes trop longues ont été raccourcies',
    summary: '« {{name}} » est importé comme nouvel atelier : {{parts}}.',
    left: ' {{left}}.',
    notSaved: ' Il n’est pas encore enregistré.',
  },
  action: {
    pdfA4: 'Exporter la synthèse en PDF (A4)…',
    pdfLetter: 'Exporter la synthèse en PDF (Letter)…',
    brief: 'Exporter la note au sponsor en PDF (une page)…',
    markdown: 'Exporter la synthèse en Markdown…',
    jsonCanvas: 'Exporter le canevas en JSON Canvas…',
    importJsonCanvas: 'Importer un JSON Canvas…',
  },
};
