/**
 * @kerf/parts/testing: the parts service's test helpers, for its own tests and for services tested
 * against the real parts app (quotes): DXF samples and the app with real ES256 tokens.
 */
export * from './dxf-samples.ts';
export { openTestApp } from './test-app.ts';
export type { Caller, TestApp } from './test-app.ts';
