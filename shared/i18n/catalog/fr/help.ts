import type { Catalog } from '../../catalog-type';

export const help: Catalog['help'] = {
  purpose: {
    checkIn: 'Savoir qui est dans la salle et laisser chacun prendre la parole une fois avant de se mettre au travail.',
    brainstorm: 'Recueillir les idées de tous avant que quiconque ne soit influencé par la voix la plus forte.',
    cluster: 'Transformer de nombreuses notes en quelques thèmes sur lesquels le groupe pourra voter.',
    dotVote: 'Trouver ce qui compte le plus pour le groupe, rapidement et équitablement.',
    vision: 'Dire en deux ou trois phrases pourquoi la communauté existe et ce qu’elle va changer.',
    goals: 'Rendre la vision mesurable : deux ou trois objectifs, chacun avec un indicateur, un point de départ et une cible.',
    backlog: 'Repartir avec les premières activités planifiées : chacune avec un titre, un responsable et une date.',
    sponsorAsk: 'S’accorder sur ce qu’il faut demander à la direction — temps, budget, salles — et pourquoi.',
    wrapUp: 'Clore l’atelier : ce qui a été décidé, la suite, et la synthèse pour les sponsors.',
  },
  say: {
    checkIn:
      '« En une phrase : votre nom, votre équipe, et une chose dans laquelle vous aimeriez progresser. » Cochez chaque personne dans Membres au fil des réponses.',
    brainstorm:
      '« Pendant dix minutes, en silence, une idée par note, dans la zone où elle a sa place. Je saisis ce que vous me dictez. » Lisez à voix haute la question de chaque zone.',
    cluster:
      '« Quelles notes disent la même chose ? » Rapprochez-les, puis demandez au groupe de nommer chaque groupe : une courte expression, pas un seul mot.',
    dotVote:
      '« Vous avez chacun trois points. Placez-les sur les thèmes ou les notes sur lesquels vous voulez le plus que la communauté travaille ; plusieurs sur un même élément, c’est permis. » Gardez les votes masqués jusqu’à ce que tout le monde ait voté, puis révélez-les.',
    vision:
      '« À partir de nos thèmes en tête, complétez la phrase : “Nous sommes … qui … afin que …”. » Écrivez le brouillon là où tout le monde le voit et modifiez-le en direct.',
    goals:
      '« Si cette communauté fonctionne, qu’est-ce qui aura changé dans un an ? Comment le verrions-nous ? » Transformez les thèmes en tête en objectifs, puis demandez le chiffre d’aujourd’hui et la cible.',
    backlog:
      '« Que pourrions-nous faire dans les six prochaines semaines ? Qui s’en charge ? Quand ? » Placez celles qui ont un responsable et une date dans « Prochainement ».',
    sponsorAsk:
      '« De quoi avons-nous besoin pour y arriver ? À qui le demander ? » Reliez chaque demande aux objectifs qu’elle sert : c’est ce qui convainc un sponsor.',
    wrapUp:
      '« Un mot chacun : dans quel état d’esprit quittez-vous cet atelier ? » Fixez la date de la prochaine séance dans Détails de l’atelier, puis exportez la synthèse PDF.',
  },
  watch: {
    checkIn:
      'Restez bref : une phrase chacun. Notez qui manque mais devrait être là : ces personnes auront leur place plus tard dans la zone Membres.',
    brainstorm:
      'Les zones restées vides (reposez leur question), les notes qui contiennent deux idées (séparez-les) et les discussions qui démarrent trop tôt (mettez-les de côté).',
    cluster: 'Les thèmes trop vastes pour agir (découpez-les) et les notes casées de force dans un thème (une note peut rester seule).',
    dotVote:
      'Les personnes qui attendent de voir comment votent les autres (gardez les votes masqués), et une égalité en tête (un second tour rapide sur les seuls thèmes à égalité).',
    vision:
      'Le perfectionnisme : une phrase assez bonne sur laquelle le groupe s’accorde vaut mieux qu’une phrase parfaite. Le jargon qu’un sponsor ne comprendrait pas.',
    goals:
      'Les objectifs sans chiffre (demandez « comment le saurions-nous ? ») et les objectifs trop nombreux : trois suffisent largement pour commencer.',
    backlog:
      'Les activités sans responsable (elles n’auront pas lieu) et une liste trop ambitieuse : deux ou trois premières activités réalisées valent mieux que dix idées.',
    sponsorAsk:
      'Les demandes sans chiffre (« un peu de temps » → « deux heures par personne et par mois ») et les demandes que personne ne portera auprès du sponsor.',
    wrapUp: 'Partir sans date pour la prochaine séance, et une synthèse que personne n’envoie : envoyez-la le jour même.',
  },
  time: {
    checkIn: '5 minutes (environ 20 secondes par personne)',
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
    heading: 'Comment animer cette étape',
    purpose: 'But',
    say: 'Quoi dire',
    watch: 'Points d’attention',
    time: 'Durée habituelle',
    show: 'Afficher le guide d’animation',
    hide: 'Masquer le guide d’animation',
  },
  button: 'Aide',
  title: 'Aide',
  workshopHeading: 'Le déroulé d’un atelier de vision',
  intro:
    'Un atelier de vision de communauté de pratique réunit pendant environ une heure et demie les personnes qui tiennent à un métier, pour s’accorder sur la raison d’être de la communauté, ses premières actions et ce qu’elle attend de ses sponsors.',
  steps: {
    before:
      'Avant : ajoutez les membres attendus (Membres), fixez la date et l’animateur (Détails de l’atelier), et branchez le vidéoprojecteur.',
    checkIn: 'Accueil : chacun dit qui il est ; cochez les présents.',
    brainstorm: 'Remue-méninges silencieux : les participants dictent une idée par note dans les zones du canevas, en silence.',
    cluster: 'Regroupement : rassemblez les notes semblables en thèmes nommés.',
    dotVote: 'Vote par points : chaque participant place quelques points ; révélez les résultats quand tout le monde a voté.',
    vision: 'Vision : rédigez deux ou trois phrases à partir des thèmes en tête.',
    goals: 'Objectifs et indicateurs : transformez les thèmes en tête en objectifs avec un point de départ et une cible.',
    backlog: 'Activités : planifiez les premières activités avec un responsable et une date.',
    sponsorAsk: 'Demande aux sponsors : ce que vous demandez à la direction (temps, budget, salles), et pourquoi.',
    wrapUp: 'Clôture : fixez la date de la prochaine séance et exportez la synthèse PDF ; sa première page est la note pour votre sponsor.',
  },
  tips: 'La vue Ordre du jour fait tourner le minuteur et indique, pour chaque étape, comment l’animer. Le mode projecteur (F5) montre à la salle de grands caractères, sans les commandes d’édition ni ce guide.',
  shortcutsButton: 'Raccourcis clavier',
  close: 'Fermer',
};
