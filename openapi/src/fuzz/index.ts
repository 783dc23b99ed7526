export { fuzzContract, buildRequest } from './contract-fuzzer.ts';
export type { FuzzOptions, FuzzReport, FuzzTarget } from './contract-fuzzer.ts';
export { schemaArbitrary } from './schema-arbitrary.ts';
export { invalidValue } from './invalid-value.ts';
export type { CrudChain } from './crud-chain.ts';
