import type { LeadTime } from './types.ts';

/** Where the workspace rows' options are kept in web storage. */
export const WORKSPACE_LINES_KEY = 'kerf.quotes.workspace-lines';

/** A workspace row's options as kept across a reload. */
export interface KeptLine {
  materialId: string | null;
  quantity: number;
  leadTime: LeadTime;
}

/**
 * The workspace rows' options, kept across a reload beside the uploads' own resume data. A row is
 * kept under its server upload id once it has one (a rebuilt page names finished rows by it), under
 * its row id before (a file still in this browser keeps its row id).
 */
export interface WorkspaceMemory {
  /** The kept options by key. */
  read(): Record<string, KeptLine>;
  /** Whether something is kept under this key. */
  has(key: string): boolean;
  /** Keeps (`KeptLine`) or forgets (`null`) options, by key, in one write. */
  write(changes: Record<string, KeptLine | null>): void;
  /** Forgets every row's options. */
  clear(): void;
}

const LEAD_TIMES: readonly string[] = ['standard', 'express', 'same_day'];

/** A stored value as a `KeptLine`, or `null` when it is not one (an older or damaged entry). */
function keptLine(value: unknown): KeptLine | null {
  if (typeof value !== 'object' || value === null) return null;
  const { materialId, quantity, leadTime } = value as Record<string, unknown>;
  if (materialId !== null && typeof materialId !== 'string') return null;
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) return null;
  if (typeof leadTime !== 'string' || !LEAD_TIMES.includes(leadTime)) return null;
  return { materialId, quantity, leadTime: leadTime as LeadTime };
}

/** The options in web storage; without storage (privacy settings) only for this page's life. */
export function createWorkspaceMemory(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
): WorkspaceMemory {
  let kept: Map<string, KeptLine> | null = null;
  // Parsed once, then kept in memory: a bulk change over a thousand rows is one write, no read.
  const load = (): Map<string, KeptLine> => {
    if (kept) return kept;
    kept = new Map();
    try {
      const value: unknown = JSON.parse(storage?.getItem(WORKSPACE_LINES_KEY) ?? '{}');
      if (typeof value === 'object' && value !== null)
        for (const [key, entry] of Object.entries(value)) {
          const line = keptLine(entry);
          if (line) kept.set(key, line);
        }
    } catch {
      // Damaged storage: start afresh.
    }
    return kept;
  };
  const save = (map: Map<string, KeptLine>) => {
    try {
      if (map.size === 0) storage?.removeItem(WORKSPACE_LINES_KEY);
      else storage?.setItem(WORKSPACE_LINES_KEY, JSON.stringify(Object.fromEntries(map)));
    } catch {
      // A full or disabled storage only costs the choices after a reload.
    }
  };
  return {
    read: () => Object.fromEntries(load()),
    has: (key) => load().has(key),
    write(changes) {
      const map = load();
      for (const [key, line] of Object.entries(changes)) {
        if (line)
          map.set(key, { materialId: line.materialId, quantity: line.quantity, leadTime: line.leadTime });
        else map.delete(key);
      }
      save(map);
    },
    clear() {
      kept = new Map();
      save(kept);
    },
  };
}
