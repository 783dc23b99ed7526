import type { GeometryErrorCode } from './types.ts';

/** Thrown inside the engine to stop an analysis; `analyseDxf` turns it into `{ error }`. */
export class GeometryFailure extends Error {
  /** Error code reported to the caller. */
  readonly code: GeometryErrorCode;

  /** Creates a failure with a code and a message. */
  constructor(code: GeometryErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
