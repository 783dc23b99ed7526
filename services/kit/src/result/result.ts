/** A success carrying data. */
export interface Ok<T> {
  readonly ok: true;
  readonly data: T;
}

/** A failure carrying a reason (usually a string code or a small tagged object). */
export interface Fail<E> {
  readonly ok: false;
  readonly reason: E;
}

/** The outcome of a step or story: success with data, or failure with a reason. Never thrown. */
export type Result<T, E> = Ok<T> | Fail<E>;

/** Wraps data in a success. */
export function ok<T>(data: T): Ok<T> {
  return { ok: true, data };
}

/** Wraps a reason in a failure. */
export function fail<E>(reason: E): Fail<E> {
  return { ok: false, reason };
}
