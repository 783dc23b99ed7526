/**
 * Fakes for tests of code built on the state (`@kerf/state/testing`): the uploads and parts effects
 * on an in-memory tus transfer, batch server, hasher, parts service and clock. Never for the app.
 */
export { createFakeClock, settle, type FakeClock } from './fake-clock.ts';
export { createWorkspaceHarness, createWorkspaceOvermind } from './workspace-harness.ts';
export { aPart, createFakePartsApi } from '../namespaces/parts/testing.ts';
export {
  createDurable,
  createFakeBatchServer,
  createFakeHasher,
  createFakeTransfer,
  dxf,
  fakeUploadsIo,
  type Durable,
} from '../namespaces/uploads/testing.ts';
export {
  aLine,
  aLinesChange,
  aMaterialOption,
  aPreview,
  aQuote,
  aQuoteSummary,
  fakeQuotesApi,
  quotesFailure,
} from '../namespaces/quotes/testing.ts';
export { fakeCatalogApi, qualities } from '../namespaces/catalog/testing.ts';
