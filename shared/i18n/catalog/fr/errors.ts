import type { Catalog } from '../../catalog-type';

export const errors: Catalog['errors'] = {
  sentence: {
    open: 'Impossible d’ouvrir « {{fileName}} » : {{reason}}.',
    save: 'Impossible d’enregistrer « {{fileName}} » : {{reason}}.',
    import: 'Impossible d’importer « {{fileName}} » : {{reason}}.',
    write: 'Impossible d’écrire « {{fileName}} » : {{reason}}.',
    saveTooLarge:
      'Impossible d’enregistrer « {{fileName}} » : {{reason}} (le maximum qu’ouvre CoP Studio), il n’a donc pas été écrit. Raccourcissez quelques longs textes et enregistrez à nouveau.',
    saveOriginalNotKept:
      'Impossible d’enregistrer « {{fileName}} » : son original (ancien format) n’a pas pu être sauvegardé d’abord ({{reason}}). Utilisez Enregistrer sous pour l’enregistrer ailleurs.',
    saveOtherNotKept:
      'Impossible d’enregistrer « {{fileName}} » : l’autre version sur le disque n’a pas pu être gardée en sauvegarde d’abord ({{reason}}). Utilisez Enregistrer sous… pour enregistrer la vôtre ailleurs.',
    conflict: '« {{fileName}} » a été modifié par un autre programme depuis que CoP Studio l’a lu : il n’a donc pas été écrasé.',
    newerNotSaved:
      '« {{fileName}} » a été enregistré par une version plus récente de CoP Studio : il n’est donc pas écrasé. Utilisez Enregistrer sous.',
    restoreNotKept:
      'Le fichier « {{fileName}} » actuel n’a pas pu être sauvegardé avant la restauration ({{reason}}) : rien n’a été restauré.',
    exampleOpen: 'L’atelier d’exemple n’a pas pu être ouvert. Impossible d’ouvrir « {{fileName}} » : {{reason}}.',
    backupGone: 'Cette sauvegarde n’existe plus.',
    recoveredGone: 'Ce travail récupéré n’est plus là.',
    journal: 'Le journal de récupération n’a pas pu être écrit ({{reason}}).',
    preferences: 'Vos préférences n’ont pas pu être enregistrées : le dossier de données de CoP Studio n’a pas pu être écrit ({{reason}}).',
    notChosenOpen:
      'Ce fichier n’a pas été choisi dans une boîte de dialogue ni dans la liste des fichiers récents : il ne peut donc pas être ouvert.',
    notChosenSave: 'Ce fichier n’a pas été choisi dans une boîte de dialogue : CoP Studio n’y écrira donc pas.',
    notChosen: 'Ce fichier n’a pas été choisi dans une boîte de dialogue ni dans la liste des fichiers récents.',
    notExported: 'Seul un fichier exporté pendant cette session peut être ouvert d’ici.',
    untrusted: 'Cette demande ne venait pas de CoP Studio lui-même : elle a été refusée.',
    unknownRequest: 'Demande inconnue « {{method}} ».',
    malformed: 'La demande « {{method}} » était mal formée : {{detail}}.',
    internal: 'Un problème est survenu dans CoP Studio pendant « {{method}} ». Votre travail dans la fenêtre n’a pas été touché.',
    tooLarge: 'Cette demande est trop volumineuse.',
    chooserNotOpen: 'Aucun sélecteur de fichiers n’est ouvert : aucun dossier ne peut donc être affiché.',
    chooserClosed: 'Ce sélecteur de fichiers n’est plus ouvert.',
    folderUnreadable: 'Le dossier « {{folder}} » ne peut pas être lu : {{reason}}.',
    notAFile: '« {{fileName}} » n’est pas un fichier qui peut être ouvert.',
    wrongType: '« {{fileName}} » n’est pas un fichier {{types}}.',
    folderMissing: 'Le dossier « {{folder}} » n’existe pas.',
    systemDialogs: 'Cette fenêtre utilise les boîtes de dialogue du système pour choisir les fichiers.',
    roomNotOpen: 'La salle n’est pas ouverte.',
    roomOpen: 'La salle n’a pas pu être ouverte : {{reason}}.',
    pdf: 'Le PDF n’a pas pu être créé : {{reason}}.',
    pdfTimeout:
      'La création du PDF a duré plus d’une minute et a été interrompue. Rien n’a été écrit. Réessayez ; si cela se reproduit, exportez la synthèse en Markdown.',
    noPdfEngine: 'Cette version de CoP Studio n’a pas de moteur PDF.',
  },
  reason: {
    'not-found': 'le fichier n’existe pas',
    folder: 'c’est un dossier, pas un fichier',
    'not-regular': 'ce n’est pas un fichier ordinaire',
    'too-large': 'il dépasse {{limit}}',
    'too-large-workshop': 'il dépasse {{limit}}, bien plus qu’un atelier n’en demande',
    'workshop-too-large': 'l’atelier dépasse {{limit}}',
    'not-text': 'ce n’est pas un fichier texte (contenu binaire)',
    'not-text-workshop': 'ce n’est pas un fichier texte (contenu binaire) : ce n’est pas un atelier CoP Studio',
    empty: 'le fichier est vide',
    'json-truncated':
      'ce n’est pas du JSON valide : le fichier s’arrête trop tôt (ligne {{line}}, colonne {{column}}), il est peut-être tronqué',
    'json-invalid': 'ce n’est pas du JSON valide (ligne {{line}}, colonne {{column}})',
    'newer-version': '{{detail}} ; mettez CoP Studio à jour pour l’ouvrir (le fichier n’a pas été touché)',
    'invalid-content': 'son contenu n’est pas valide ({{detail}})',
    'unreadable-content': 'son contenu n’a pas pu être lu comme un atelier',
    'read-only-file': 'le fichier est en lecture seule',
    'hard-links':
      'le fichier a {{count}} autre(s) lien(s) physique(s), que l’enregistrement séparerait de lui (ils garderaient l’ancienne version)',
    permission: 'permission refusée',
    'read-only-folder': 'le dossier est en lecture seule',
    'disk-full': 'le disque est plein',
    'folder-gone': 'son dossier n’existe plus (déplacé, renommé ou démonté ?)',
    'name-is-folder': 'un dossier porte ce nom',
    'too-many-files': 'trop de fichiers sont ouverts',
    'disk-error': 'le disque a signalé une erreur d’entrée-sortie',
    'address-unknown': 'l’adresse {{address}} n’est pas une des adresses réseau de cet ordinateur',
    'address-in-use': 'l’adresse est déjà utilisée',
    'address-unavailable': 'l’adresse n’est plus disponible sur cet ordinateur (le réseau a-t-il changé ?)',
    detail: '{{detail}}',
  },
  journalOff:
    'La protection contre les plantages est désactivée : vos modifications non enregistrées n’ont pas pu être gardées dans le journal de récupération ({{reason}}). Enregistrez votre travail pour le mettre à l’abri.',
  journalBack:
    'La protection contre les plantages fonctionne à nouveau : vos modifications non enregistrées sont de nouveau gardées dans le journal de récupération.',
};
