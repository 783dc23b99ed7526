/**
 * Who may call what: every operation of every contract, for every kind of caller. Tests in each
 * service drive their app with this table, and a test fails when an operation is missing from it.
 */

/** The callers of RELIABILITY.md 28 (external users of two companies are both `external`). */
export type Caller = 'anonymous' | 'external' | 'internal' | 'admin' | 'service';

/**
 * What a caller gets: `ok` (any answer but 401/403), `denied` (403), `unauthenticated` (401), or
 * `own` (allowed on their own company's resources; another company's answer 404, never 200).
 */
export type Access = 'ok' | 'denied' | 'unauthenticated' | 'own';

/** The expected access of each caller to one operation. */
export type OperationAccess = Readonly<Record<Caller, Access>>;

const rule = (
  anonymous: Access,
  external: Access,
  internal: Access,
  admin: Access,
  service: Access,
): OperationAccess => ({
  anonymous,
  external,
  internal,
  admin,
  service,
});

/** No token needed. */
const open = rule('ok', 'ok', 'ok', 'ok', 'ok');
/** Any signed-in user or service. */
const signedIn = rule('unauthenticated', 'ok', 'ok', 'ok', 'ok');
/** The shop's people only. */
const shop = rule('unauthenticated', 'denied', 'ok', 'ok', 'denied');
/** The shop's people and Kerf's own services. */
const shopOrService = rule('unauthenticated', 'denied', 'ok', 'ok', 'ok');
/** Admins only. */
const admins = rule('unauthenticated', 'denied', 'denied', 'ok', 'denied');
/** Everyone signed in; external users only on their own company's resources (others' are 404). */
const ownCompany = rule('unauthenticated', 'own', 'ok', 'ok', 'ok');
/** People only: a service token names no user. */
const people = rule('unauthenticated', 'ok', 'ok', 'ok', 'unauthenticated');

/** The matrix, by contract file name (without `.yaml`) and operationId. */
export const authorizationMatrix: Readonly<Record<string, Readonly<Record<string, OperationAccess>>>> = {
  bff: {
    getHealth: open,
    getReadiness: open,
    getSession: rule('unauthenticated', 'ok', 'ok', 'ok', 'unauthenticated'),
    signIn: open,
    signOut: rule('unauthenticated', 'ok', 'ok', 'ok', 'unauthenticated'),
    getBatchProgress: rule('unauthenticated', 'own', 'ok', 'ok', 'unauthenticated'),
    listBatches: rule('unauthenticated', 'ok', 'ok', 'ok', 'unauthenticated'),
  },
  identity: {
    getHealth: open,
    getReadiness: open,
    getJwks: open,
    signIn: open,
    issueServiceToken: open,
    exchangeToken: people,
    getCurrentUser: people,
    listUsers: admins,
    createUser: admins,
    listCompanies: rule('unauthenticated', 'denied', 'ok', 'ok', 'denied'),
    createCompany: admins,
    getCompany: shopOrService,
  },
  catalog: {
    getHealth: open,
    getReadiness: open,
    listQualities: signedIn,
    createQuality: shop,
    listMaterials: signedIn,
    getMaterial: signedIn,
    createMaterial: shop,
    updateMaterial: shop,
    deleteMaterial: shop,
    deactivateMaterial: shop,
    recordMaterialReference: shopOrService,
    releaseMaterialReference: shopOrService,
    listCuttingParameters: shopOrService,
    getCuttingParameter: shopOrService,
    createCuttingParameter: shop,
    updateCuttingParameter: shop,
    deleteCuttingParameter: shop,
    getShopRates: shopOrService,
    updateShopRates: shop,
    listEvents: shopOrService,
  },
  parts: {
    getHealth: open,
    getReadiness: open,
    listParts: signedIn,
    createPart: signedIn,
    readPartProgress: signedIn,
    getPart: ownCompany,
    deletePart: ownCompany,
    setPartUnits: ownCompany,
    reprocessPart: ownCompany,
    listEvents: shopOrService,
  },
  // Quotes: people change their own company's quotes (external) or any (the shop); a service token
  // names no user, so it may read quotes and follow the feed but not change anything.
  quotes: {
    getHealth: open,
    getReadiness: open,
    listQuotes: signedIn,
    createQuote: rule('unauthenticated', 'ok', 'ok', 'ok', 'denied'),
    getQuote: ownCompany,
    exportQuotePdf: ownCompany,
    exportQuoteCsv: ownCompany,
    updateQuote: rule('unauthenticated', 'own', 'ok', 'ok', 'denied'),
    deleteQuote: rule('unauthenticated', 'own', 'ok', 'ok', 'denied'),
    duplicateQuote: rule('unauthenticated', 'own', 'ok', 'ok', 'denied'),
    addQuoteLines: rule('unauthenticated', 'own', 'ok', 'ok', 'denied'),
    updateQuoteLines: rule('unauthenticated', 'own', 'ok', 'ok', 'denied'),
    updateQuoteLine: rule('unauthenticated', 'own', 'ok', 'ok', 'denied'),
    removeQuoteLine: rule('unauthenticated', 'own', 'ok', 'ok', 'denied'),
    previewPrice: rule('unauthenticated', 'ok', 'ok', 'ok', 'denied'),
    listMaterialOptions: signedIn,
    listEvents: shopOrService,
  },
};

/** The HTTP statuses that an access allows. */
export function statusMatches(access: Access, status: number, ownCompany: boolean): boolean {
  switch (access) {
    case 'ok':
      return status !== 401 && status !== 403 && status < 500;
    case 'denied':
      return status === 403;
    case 'unauthenticated':
      return status === 401;
    case 'own':
      return ownCompany ? status !== 401 && status !== 403 && status < 500 : status === 404;
  }
}
