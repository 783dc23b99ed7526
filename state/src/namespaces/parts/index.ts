import { createClock, type Clock } from '../../effects/clock.ts';
import { createCollector } from '../../effects/collector.ts';
import type { PartsClient } from '../../effects/parts-client.ts';
import { createTimeoutPoll } from '../../effects/timeout-poll.ts';
import * as actions from './actions.ts';
import { createPartsApi, LOAD_GATHER_MS, type PartsApi, type PartsEffects } from './effects.ts';
import { createPartsState } from './state.ts';

export type { PartChange } from './actions.ts';
export type { PartsApi, PartsEffects } from './effects.ts';
export type { Part, PartActionError, PartProgress, PartsState, Units } from './state.ts';
export { partNeedsUnits } from './state.ts';
export { createPartsApi } from './effects.ts';

/** The parts namespace's effects around an API and a clock (tests pass fakes of both). */
export function createPartsEffects(api: PartsApi, clock: Clock = createClock()): PartsEffects {
  return {
    api,
    clock,
    loads: createCollector<true>(clock, LOAD_GATHER_MS),
    poll: createTimeoutPoll({ clock, intervalMs: 1000, idleMaxMs: 5000, errorMaxMs: 30000 }),
  };
}

/** The parts namespace: parts by id with their facts, problems and preview; units, re-processing, deletion. */
export function createPartsNamespace(client: PartsClient) {
  return { state: createPartsState(), actions, effects: createPartsEffects(createPartsApi(client)) };
}
