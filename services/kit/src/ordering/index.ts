export { parseOrderTerms } from './parse-order-terms.ts';
export type { OrderTerm } from './parse-order-terms.ts';
export type { Page, PageQuery } from './page.ts';
