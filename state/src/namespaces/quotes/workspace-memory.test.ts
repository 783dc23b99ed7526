import { describe, expect, it } from 'vitest';
import { createWorkspaceMemory, WORKSPACE_LINES_KEY } from './workspace-memory.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const steel = { materialId: 'm1', quantity: 10, leadTime: 'express' as const };

describe('createWorkspaceMemory', () => {
  it('keeps options by key in web storage, read back by a new page', () => {
    const storage = memoryStorage();
    createWorkspaceMemory(storage).write({ u1: steel, r2: { ...steel, materialId: null } });
    const next = createWorkspaceMemory(storage);
    expect(next.read()).toEqual({ u1: steel, r2: { ...steel, materialId: null } });
    expect(next.has('u1')).toBe(true);
  });

  it('forgets keys, and removes the storage entry when nothing is left', () => {
    const storage = memoryStorage();
    const memory = createWorkspaceMemory(storage);
    memory.write({ u1: steel, u2: steel });
    memory.write({ u1: null });
    expect(createWorkspaceMemory(storage).read()).toEqual({ u2: steel });
    memory.clear();
    expect(storage.items.has(WORKSPACE_LINES_KEY)).toBe(false);
    expect(createWorkspaceMemory(storage).read()).toEqual({});
  });

  it('ignores damaged storage and entries that are not options', () => {
    const storage = memoryStorage();
    storage.setItem(WORKSPACE_LINES_KEY, '{not json');
    expect(createWorkspaceMemory(storage).read()).toEqual({});
    storage.setItem(
      WORKSPACE_LINES_KEY,
      JSON.stringify({ ok: steel, a: { ...steel, quantity: 0 }, b: { ...steel, leadTime: 'soon' }, c: 3 }),
    );
    expect(createWorkspaceMemory(storage).read()).toEqual({ ok: steel });
  });

  it('without storage (or a full one) keeps options for the page’s life', () => {
    const memory = createWorkspaceMemory(null);
    memory.write({ u1: steel });
    expect(memory.read()).toEqual({ u1: steel });
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const kept = createWorkspaceMemory(full);
    expect(() => kept.write({ u1: steel })).not.toThrow();
    expect(kept.has('u1')).toBe(true);
  });
});
