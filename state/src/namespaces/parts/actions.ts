import type { Context } from '../../config.ts';
import type { PollOutcome } from '../../effects/timeout-poll.ts';
import { MAX_IDS, RETRY_LOAD_MS } from './effects.ts';
import { timed } from '../uploads/timing.ts';
import { forgetPart, storePart, type Part, type PartActionError, type Units } from './state.ts';

const isSettled = (part: Pick<Part, 'status'>) => part.status === 'ready' || part.status === 'failed';

/** A change event about a part, as `/api/events` announces it (a hint, never data). */
export interface PartChange {
  type: string;
  entity_id: string;
}

/** Loads parts with their previews soon: ids asked for within 50 ms share one request per 250 ids. */
export const loadParts = ({ effects, actions }: Context, ids: string[]): void => {
  for (const id of ids) {
    effects.parts.loads.add(
      id,
      true,
      (entries) => void actions.parts.fetchParts({ ids: entries.map(([key]) => key), round: 0 }),
    );
  }
};

/** Fetches parts now, 250 ids per request, one request after the other; failed reads are tried again later. */
export const fetchParts = async (
  { state, effects, actions }: Context,
  { ids, round }: { ids: string[]; round: number },
): Promise<void> => {
  for (let start = 0; start < ids.length; start += MAX_IDS) {
    const chunk = ids.slice(start, start + MAX_IDS);
    const result = await effects.parts.api.readMany(chunk);
    if (!result.ok) {
      const wait = RETRY_LOAD_MS[round];
      if (wait !== undefined)
        effects.parts.clock.after(
          wait,
          () => void actions.parts.fetchParts({ ids: chunk, round: round + 1 }),
        );
      continue;
    }
    timed('storeParts', () => {
      for (const part of result.data) storePart(state.parts, part);
    });
    const settled = result.data.filter(isSettled);
    if (settled.length > 0) {
      actions.uploads.settleFromParts(
        settled.map((p) => ({ partId: p.id, status: p.status, error: p.error })),
      );
    }
    if (result.data.some((part) => !isSettled(part))) actions.parts.followParts();
  }
};

/** Starts (or wakes) the poll that follows parts being processed again. */
export const followParts = ({ effects, actions }: Context): void => {
  effects.parts.poll.start(() => actions.parts.pollParts());
};

/** One poll of the parts being processed: status and progress in one request; settled ones are re-read. */
export const pollParts = async ({ state, effects, actions }: Context): Promise<PollOutcome> => {
  const open = Object.values(state.parts.byId)
    .filter((part) => !isSettled(part))
    .map((part) => part.id);
  if (open.length === 0) return 'done';
  const result = await effects.parts.api.readProgress(open.slice(0, MAX_IDS));
  if (!result.ok) return 'failed';
  let changed = false;
  const settled: string[] = [];
  for (const row of result.data) {
    const part = state.parts.byId[row.id];
    if (!part || row.revision < part.revision) continue;
    if (row.status === 'ready' || row.status === 'failed') settled.push(row.id);
    else if (row.revision > part.revision || row.status !== part.status || row.progress > part.progress) {
      const newRun = row.revision > part.revision;
      part.revision = row.revision;
      part.status = row.status;
      part.progress = newRun ? row.progress : Math.max(part.progress, row.progress);
      changed = true;
    }
  }
  if (settled.length > 0) {
    await actions.parts.fetchParts({ ids: settled, round: 0 });
    changed = true;
  }
  return changed ? 'changed' : 'unchanged';
};

function problemOf(
  action: PartActionError['action'],
  problem: { code: string; detail?: string; title: string },
): PartActionError {
  return { action, code: problem.code, message: problem.detail || problem.title };
}

/** Chooses mm or inch for a part; it is processed again with that choice. Resolves whether it worked. */
export const setUnits = async (
  { state, effects, actions }: Context,
  { partId, units }: { partId: string; units: Units },
): Promise<boolean> => {
  state.parts.busy[partId] = true;
  delete state.parts.errors[partId];
  const result = await effects.parts.api.setUnits(partId, units);
  delete state.parts.busy[partId];
  if (!result.ok) {
    state.parts.errors[partId] = problemOf('units', result.problem);
    return false;
  }
  storePart(state.parts, result.data);
  if (!isSettled(result.data)) actions.parts.followParts();
  return true;
};

/** Processes a part again (after a transient failure). Resolves whether the server agreed. */
export const reprocessPart = async (
  { state, effects, actions }: Context,
  partId: string,
): Promise<boolean> => {
  state.parts.busy[partId] = true;
  delete state.parts.errors[partId];
  const result = await effects.parts.api.reprocess(partId);
  delete state.parts.busy[partId];
  if (!result.ok) {
    state.parts.errors[partId] = problemOf('reprocess', result.problem);
    return false;
  }
  storePart(state.parts, result.data);
  actions.parts.followParts();
  return true;
};

/** Deletes a part on the server and forgets it. Resolves whether it worked. */
export const deletePart = async ({ state, effects }: Context, partId: string): Promise<boolean> => {
  state.parts.busy[partId] = true;
  const result = await effects.parts.api.remove(partId);
  delete state.parts.busy[partId];
  if (!result.ok) {
    state.parts.errors[partId] = problemOf('delete', result.problem);
    return false;
  }
  forgetPart(state.parts, partId);
  return true;
};

/** A pushed change about a part: re-read it or look at its progress now. Unknown parts are left to the uploads poll. */
export const partChanged = ({ state, effects, actions }: Context, change: PartChange): void => {
  const part = state.parts.byId[change.entity_id];
  if (!part) return;
  if (change.type === 'part.deleted') forgetPart(state.parts, change.entity_id);
  else if (change.type === 'part.ready' || change.type === 'part.failed') actions.parts.loadParts([part.id]);
  else if (effects.parts.poll.status() === 'stopped') actions.parts.followParts();
  else effects.parts.poll.wake();
};
