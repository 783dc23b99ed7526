import type { GeometryOptions, GeometryResult } from '@kerf/geometry';

/** Engine options that can cross a thread boundary (everything but the progress callback). */
export type AnalysisOptions = Partial<Omit<GeometryOptions, 'onProgress'>>;

/** One file to analyse. */
export interface AnalysisTask {
  /** The file's bytes; the analyser may take them over (transfer), so do not reuse them. */
  readonly bytes: Uint8Array;
  /** The SHA-256 the bytes must have; checked before the analysis. */
  readonly sha256: string;
  readonly options: AnalysisOptions;
}

/**
 * How an analysis ended. `analysed` carries the engine's answer (facts, or an input error such as
 * `not-a-dxf`); the others say why there is no answer.
 */
export type AnalysisOutcome =
  | { readonly kind: 'analysed'; readonly result: GeometryResult; readonly threadId: number }
  | { readonly kind: 'checksum-mismatch'; readonly actual: string }
  /** The hard time limit ran out and the worker was terminated. */
  | { readonly kind: 'timeout'; readonly limitMs: number }
  /** The worker hit its memory limit. */
  | { readonly kind: 'out-of-memory' }
  /** The worker died for another reason (killed, crashed): worth a retry. */
  | { readonly kind: 'crashed'; readonly message: string }
  /** The analyser is shutting down and gave the task up. */
  | { readonly kind: 'aborted' };

/** Runs the geometry engine off the main thread, with limits. */
export interface GeometryAnalyser {
  /** Analyses one file; `onProgress` receives fractions in [0, 1] as the engine advances. Never rejects. */
  analyse(task: AnalysisTask, onProgress: (fraction: number) => void): Promise<AnalysisOutcome>;
}
