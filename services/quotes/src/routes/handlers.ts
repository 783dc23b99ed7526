import type { operations } from '@kerf/openapi/quotes';
import type { OperationHandlers, OperationRequest, Principal } from '@kerf/service-kit';
import { isoDay } from '../domain/quote-status.ts';
import type { Clock } from '../ports/runtime.ts';
import { viewOf } from '../stories/access.ts';
import type { Presenter } from './present.ts';
import { presenterFor } from './present.ts';

/** Handlers for some operations of the quotes contract. */
export type QuotesHandlers<K extends keyof operations> = Pick<OperationHandlers<operations>, K>;

/** The caller and the presenter of their view (today's date decides which sent quotes read expired). */
export function callerOf<Op>(
  request: OperationRequest<Op>,
  clock: Clock,
): { actor: Principal; present: Presenter } {
  const actor = request.caller();
  return { actor, present: presenterFor(viewOf(actor), isoDay(clock())) };
}
