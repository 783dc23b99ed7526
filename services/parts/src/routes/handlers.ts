import type { operations } from '@kerf/openapi/parts';
import type { OperationHandlers } from '@kerf/service-kit';

/** Handlers for some operations of the parts contract. */
export type PartsHandlers<K extends keyof operations> = Pick<OperationHandlers<operations>, K>;
