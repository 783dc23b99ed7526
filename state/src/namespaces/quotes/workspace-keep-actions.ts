import type { Context } from '../../config.ts';
import { keepLines, keptKey, newLine, schedulePrice } from './workspace-lines.ts';

/**
 * Puts back the options kept for the workspace's rows once the uploads are rebuilt after a reload
 * (material, quantity, lead time; each row by its upload id, or its row id before its upload
 * existed) and prices them. This page's own choices win; a material no longer offered is left out;
 * options kept for rows that are gone are forgotten. Does nothing until the uploads are restored.
 */
export const restoreWorkspaceLines = (context: Context): void => {
  const { state, effects } = context;
  if (state.uploads.restore.status !== 'done') return;
  const memory = effects.quotes.workspaceMemory;
  const kept = memory.read();
  const lines = state.quotes.workspace.lines;
  const materials = state.quotes.materials;
  const used = new Set<string>();
  const rewrite: string[] = [];
  for (const rowId of state.uploads.ids) {
    const uploadId = state.uploads.byId[rowId]?.uploadId ?? null;
    const key = uploadId !== null && kept[uploadId] ? uploadId : rowId;
    const found = kept[key];
    if (!found) continue;
    used.add(key);
    if (key !== keptKey(context, rowId)) rewrite.push(rowId);
    if (lines[rowId]) continue;
    const offered =
      found.materialId === null || materials.status !== 'ready' || materials.byId[found.materialId];
    lines[rowId] = {
      ...newLine(),
      materialId: offered ? found.materialId : null,
      quantity: found.quantity,
      leadTime: found.leadTime,
    };
    if (!offered) rewrite.push(rowId);
    schedulePrice(context, rowId);
  }
  const gone = Object.keys(kept).filter((key) => !used.has(key));
  if (gone.length > 0) memory.write(Object.fromEntries(gone.map((key) => [key, null])));
  if (rewrite.length > 0) keepLines(context, rewrite);
};

/**
 * Moves the kept options of rows whose upload now exists on the server under its upload id (a page
 * rebuilt after the upload finished names the row by it). Call when rows change phase.
 */
export const rekeyWorkspaceLines = (context: Context): void => {
  const memory = context.effects.quotes.workspaceMemory;
  const moved = Object.keys(context.state.quotes.workspace.lines).filter(
    (rowId) => keptKey(context, rowId) !== rowId && memory.has(rowId),
  );
  if (moved.length > 0) keepLines(context, moved);
};

/** Removes workspace rows (see `uploads.removeUploads`) and forgets their options. */
export const removeWorkspaceRows = (context: Context, rowIds: string[]): void => {
  const { state, effects, actions } = context;
  const forget: Record<string, null> = {};
  for (const rowId of rowIds) {
    forget[rowId] = null;
    forget[keptKey(context, rowId)] = null;
    delete state.quotes.workspace.lines[rowId];
  }
  if (rowIds.length > 0) effects.quotes.workspaceMemory.write(forget);
  actions.uploads.removeUploads(rowIds);
};
