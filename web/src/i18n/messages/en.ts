import { enCatalog } from './en/catalog.ts';
import { enUpload } from './en/upload.ts';
import { enQuotes } from './en/quotes.ts';

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
  nav: {
    quotes: 'Quotes',
    newQuote: 'New quote',
    materials: 'Materials',
    cuttingParameters: 'Cutting parameters',
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
    loading: 'Loading…',
    retry: 'Try again',
    actions: 'Actions',
    sortHint: 'Shift+click adds the column as a further sort key.',
    sortState: 'sorted {direction}, sort key {position}',
    ascending: 'ascending',
    descending: 'descending',
    previous: 'Previous',
    next: 'Next',
    rowsPerPage: 'Rows per page',
    range: '{from}–{to} of {total}',
  },
  ...enCatalog,
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
      'Drop up to 1,000 DXF drawings, or whole folders. Each file uploads, is analysed, and shows its size, cut length, pierces, holes, area and any problem.',
    emptyNext: 'Materials, quantities and prices come next, once the parts are here.',
  },
  ...enUpload,
  ...enQuotes,
  notFound: {
    title: 'Page not found',
    body: 'There is no page at {path}.',
    home: 'Go to the new quote',
  },
};

/** The shape every catalog has. */
export type Messages = typeof en;
