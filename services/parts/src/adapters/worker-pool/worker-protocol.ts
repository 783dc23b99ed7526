import type { AnalysisOptions, AnalysisOutcome } from '../../ports/geometry-analyser.ts';

/** Main thread -> worker: analyse these bytes (the buffer is transferred, not copied). */
export interface AnalyseRequest {
  readonly type: 'analyse';
  readonly id: number;
  readonly bytes: ArrayBuffer;
  readonly sha256: string;
  readonly options: AnalysisOptions;
}

/** Worker -> main thread: how far the current task is. */
export interface ProgressMessage {
  readonly type: 'progress';
  readonly id: number;
  readonly fraction: number;
}

/** Worker -> main thread: the task ended with the engine's answer or a checksum mismatch. */
export interface DoneMessage {
  readonly type: 'done';
  readonly id: number;
  readonly outcome: Extract<AnalysisOutcome, { kind: 'analysed' | 'checksum-mismatch' }>;
}

/** Worker -> main thread: the engine is loaded; time limits start counting from here. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** Anything a geometry worker posts. */
export type WorkerMessage = ReadyMessage | ProgressMessage | DoneMessage;
