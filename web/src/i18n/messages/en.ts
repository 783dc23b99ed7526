/** English texts. Every user-visible text of the app is here and in `fr.ts`, with the same keys. */
export const en = {
  app: {
    name: 'Kerf',
    skip: 'Skip to content',
    nav: 'Main',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    dismiss: 'Dismiss',
    language: 'Language',
    userDetail: '{role} · {company}',
    pageTitle: '{page} · Kerf',
  },
  roles: { admin: 'Administrator', internal: 'Estimator', external: 'Customer' },
  nav: { newQuote: 'New quote' },
  signIn: {
    title: 'Sign in to Kerf',
    intro: 'Quote laser-cut sheet-metal parts from your DXF drawings.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    errors: {
      'wrong-credentials': 'Email or password is wrong.',
      'invalid-input': 'Check the highlighted fields.',
      'too-many-attempts': 'Too many sign-in attempts. Wait a minute, then try again.',
      network: 'The server cannot be reached. Check your connection and try again.',
      unexpected: 'Something went wrong on our side. Try again in a moment.',
    },
    fields: {
      emailRequired: 'Enter your email address.',
      emailInvalid: "Enter a valid email address, like name{'@'}company.com.",
      passwordRequired: 'Enter your password.',
      passwordInvalid: 'This password cannot be right; check it.',
    },
  },
  newQuote: {
    title: 'New quote',
    emptyTitle: 'No parts yet',
    emptyBody:
      'The parts of this quote will be listed here, each with its size, cut length, material and price.',
    emptyNext: 'Uploading DXF drawings is not available yet; it comes with the next release.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at {path}.',
    home: 'Go to the new quote',
  },
};

/** The shape every catalog has. */
export type Messages = typeof en;
