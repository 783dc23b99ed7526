import { GeometryFailure } from './geometry-error.ts';

/** Shared state of one reading pass: warnings, limits and the clock. */
export class ReadContext {
  /** Warning name -> count (DEFINITIONS.md names where they exist). */
  readonly warnings: Record<string, number> = {};
  /** Entities and vertices read so far. */
  entities = 0;
  /** Primitives produced so far (limit `maxPrimitives`). */
  primitives = 0;
  private ticks = 0;
  private readonly deadline: number;

  /** Creates a context with the given limits. */
  constructor(
    readonly maxEntities: number,
    readonly maxPrimitives: number,
    timeBudgetMs: number,
    private readonly onProgress: ((fraction: number) => void) | null,
  ) {
    this.deadline = Date.now() + timeBudgetMs;
  }

  /** Adds one to a warning counter. */
  warn(name: string, n = 1): void {
    this.warnings[name] = (this.warnings[name] ?? 0) + n;
  }

  /** Counts one entity; fails with `too-complex` past the limit. */
  countEntity(): void {
    if (++this.entities > this.maxEntities) {
      throw new GeometryFailure('too-complex', `more than ${this.maxEntities} entities`);
    }
    if ((this.entities & 1023) === 0) this.checkTime();
  }

  /** Counts `n` primitives; fails with `too-complex` past the limit. */
  countPrimitives(n: number): void {
    this.primitives += n;
    if (this.primitives > this.maxPrimitives) {
      throw new GeometryFailure(
        'too-complex',
        `more than ${this.maxPrimitives} primitives after exploding blocks`,
      );
    }
  }

  /** Cheap periodic clock check for inner loops. */
  tick(): void {
    if ((++this.ticks & 1023) === 0) this.checkTime();
  }

  /** Fails with `time-limit` when the budget is spent. */
  checkTime(): void {
    if (Date.now() > this.deadline) throw new GeometryFailure('time-limit', 'the time budget was exceeded');
  }

  /** Reports progress to the caller's hook, never letting it break the analysis. */
  progress(fraction: number): void {
    if (!this.onProgress) return;
    try {
      this.onProgress(Math.min(1, Math.max(0, fraction)));
    } catch {
      // A failing progress hook must not fail the analysis.
    }
  }
}
