export { mountOpenApi } from './mount-openapi.ts';
export type { Authenticator, MountOpenApiOptions } from './mount-openapi.ts';
export { createContractChecker } from './contract-checker.ts';
export type { ContractChecker } from './contract-checker.ts';
export { listOperations } from './operations.ts';
export type { OperationDescriptor } from './operations.ts';
export { loadSpec } from './spec.ts';
export type { OpenApiDocument } from './spec.ts';
export type {
  BodyOf,
  JsonResponseOf,
  JsonStatusOf,
  OperationHandler,
  OperationHandlers,
  OperationRequest,
  ParametersOf,
} from './handler-types.ts';
