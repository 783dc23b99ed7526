import type { OperationHandlers } from '@kerf/service-kit';
import type { operations } from '@kerf/openapi/identity';

/** Handlers of some of identity's operations. */
export type IdentityHandlers<K extends keyof operations> = Pick<OperationHandlers<operations>, K>;
