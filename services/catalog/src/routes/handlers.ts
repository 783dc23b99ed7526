import type { operations } from '@kerf/openapi/catalog';
import type { OperationHandlers } from '@kerf/service-kit';

/** Handlers for some operations of the catalog contract. */
export type CatalogHandlers<K extends keyof operations> = Pick<OperationHandlers<operations>, K>;
