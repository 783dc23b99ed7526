import type { Messages } from './en.ts';
import { frCatalog } from './fr/catalog.ts';
import { frUpload } from './fr/upload.ts';
import { frQuotes } from './fr/quotes.ts';

/** French texts (the shop's language). */
export const fr: Messages = {
  app: {
    name: 'Kerf',
    skip: 'Aller au contenu',
    nav: 'Principale',
    signOut: 'Se déconnecter',
    signedOut: 'Vous êtes déconnecté.',
    dismiss: 'Fermer',
    language: 'Langue',
    userDetail: '{role} · {company}',
    pageTitle: '{page} · Kerf',
  },
  roles: { admin: 'Administrateur', internal: 'Deviseur', external: 'Client' },
  nav: {
    quotes: 'Devis',
    newQuote: 'Nouveau devis',
    materials: 'Matières',
    cuttingParameters: 'Paramètres de découpe',
  },
  units: {
    mm: 'mm',
    density: 'kg/m³',
    densityValue: '{value} kg/m³',
    eurPerKg: '€/kg',
    perKg: '{price}/kg',
    mmPerMin: 'mm/min',
    seconds: 's',
    secondsValue: '{value} s',
  },
  table: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    actions: 'Actions',
    sortHint: 'Maj+clic ajoute la colonne comme critère de tri supplémentaire.',
    sortState: 'tri {direction}, critère {position}',
    ascending: 'croissant',
    descending: 'décroissant',
    previous: 'Précédent',
    next: 'Suivant',
    rowsPerPage: 'Lignes par page',
    range: '{from}–{to} sur {total}',
  },
  ...frCatalog,
  signIn: {
    title: 'Connexion à Kerf',
    intro: 'Chiffrez vos pièces de tôlerie découpées au laser à partir de vos plans DXF.',
    email: 'E-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    errors: {
      'wrong-credentials': 'E-mail ou mot de passe incorrect.',
      'invalid-input': 'Vérifiez les champs signalés.',
      'too-many-attempts': 'Trop de tentatives de connexion. Patientez une minute, puis réessayez.',
      network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
      unexpected: 'Une erreur est survenue de notre côté. Réessayez dans un instant.',
    },
    fields: {
      emailRequired: 'Saisissez votre adresse e-mail.',
      emailInvalid: "Saisissez une adresse e-mail valide, par exemple nom{'@'}entreprise.fr.",
      passwordRequired: 'Saisissez votre mot de passe.',
      passwordInvalid: 'Ce mot de passe ne peut pas être correct ; vérifiez-le.',
    },
  },
  newQuote: {
    title: 'Nouveau devis',
    emptyTitle: 'Aucune pièce pour le moment',
    emptyBody:
      "Déposez jusqu'à 1 000 plans DXF, ou des dossiers entiers. Chaque fichier est envoyé, analysé, puis affiche ses dimensions, sa longueur de découpe, ses amorçages, ses trous, sa surface et ses éventuels problèmes.",
    emptyNext: 'Les matières, quantités et prix viennent ensuite, une fois les pièces arrivées.',
  },
  ...frUpload,
  ...frQuotes,
  notFound: {
    title: 'Page introuvable',
    body: "Il n'y a pas de page à l'adresse {path}.",
    home: 'Aller au nouveau devis',
  },
};
