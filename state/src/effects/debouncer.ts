/** Runs work once things have settled: each key's work runs `ms` after its last request. */
export interface Debouncer {
  /** (Re)starts `key`'s timer; `run` replaces any earlier work waiting under that key. */
  debounce(key: string, ms: number, run: () => void): void;
  /** Drops every waiting piece of work (e.g. on sign-out). */
  cancelAll(): void;
}

/** A debouncer on the global timers (tests use fake timers). */
export function createDebouncer(): Debouncer {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    debounce(key, ms, run) {
      clearTimeout(timers.get(key));
      timers.set(
        key,
        setTimeout(() => {
          timers.delete(key);
          run();
        }, ms),
      );
    },
    cancelAll() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
