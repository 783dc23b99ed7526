import type { GeometryOk } from '@kerf/geometry';
import type { AnalysisOutcome } from '../ports/geometry-analyser.ts';
import type { PartError } from '../ports/records.ts';

/**
 * What to do with a job after its analysis: write the result, fail the part at once (input errors
 * are not worth a retry), try again later (transient: `error` is what the part shows when the
 * attempts run out), or give the job back untouched (shutting down).
 */
export type Decision =
  | { readonly kind: 'ready'; readonly result: GeometryOk }
  | { readonly kind: 'fail'; readonly error: PartError }
  | { readonly kind: 'retry'; readonly error: PartError }
  | { readonly kind: 'release' };

/** Classifies an analysis outcome as permanent or transient. */
export function decideOutcome(outcome: AnalysisOutcome): Decision {
  switch (outcome.kind) {
    case 'analysed':
      return 'error' in outcome.result
        ? { kind: 'fail', error: { code: outcome.result.error.code, message: outcome.result.error.message } }
        : { kind: 'ready', result: outcome.result };
    case 'checksum-mismatch':
      return {
        kind: 'fail',
        error: {
          code: 'checksum-mismatch',
          message: 'The stored file does not have the SHA-256 given at upload.',
        },
      };
    case 'timeout':
      return {
        kind: 'fail',
        error: { code: 'time-limit', message: `Processing took longer than ${outcome.limitMs / 1000} s.` },
      };
    case 'out-of-memory':
      return {
        kind: 'fail',
        error: { code: 'memory-limit', message: 'Processing needed more memory than allowed.' },
      };
    case 'crashed':
      return {
        kind: 'retry',
        error: { code: 'processing-failed', message: `Processing failed: ${outcome.message}` },
      };
    case 'aborted':
      return { kind: 'release' };
  }
}

/** A blob that cannot be read may appear or come back: transient, with the error shown when retries run out. */
export function blobFailure(reason: 'missing' | 'unavailable'): Decision {
  return reason === 'missing'
    ? { kind: 'retry', error: { code: 'blob-missing', message: 'The stored file is missing.' } }
    : { kind: 'retry', error: { code: 'processing-failed', message: 'The stored file could not be read.' } };
}
