import type { Messages } from './en.ts';

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
  nav: { newQuote: 'Nouveau devis' },
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
      'Les pièces de ce devis apparaîtront ici, chacune avec ses dimensions, sa longueur de découpe, sa matière et son prix.',
    emptyNext: "L'envoi de plans DXF n'est pas encore disponible ; il arrive avec la prochaine version.",
  },
  notFound: {
    title: 'Page introuvable',
    body: "Il n'y a pas de page à l'adresse {path}.",
    home: 'Aller au nouveau devis',
  },
};
