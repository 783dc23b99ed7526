import type { Fail, Ok, Result } from './result.ts';
import { ok } from './result.ts';

/** One named step: reads everything earlier steps produced and returns a Result. */
export type Step<C, R extends Result<unknown, unknown>> = (context: C) => R | Promise<R>;

/** The data of a Result type. */
export type DataOf<R> = R extends Ok<infer T> ? T : never;

/** The failure reason of a Result type. */
export type ReasonOf<R> = R extends Fail<infer E> ? E : never;

/** A story under construction: add named steps, then say what it returns. */
export interface StoryBuilder<I, C, E> {
  /** Adds a step whose data becomes `context[name]` for the steps after it; a failure ends the story. */
  step<K extends string, R extends Result<unknown, unknown>>(
    name: K,
    run: Step<C, R>,
  ): StoryBuilder<I, C & { readonly [P in K]: DataOf<R> }, E | ReasonOf<R>>;
  /** Ends the story: maps the context of a fully successful run to its output. */
  returns<O>(output: (context: C) => O): (input: I) => Promise<Result<O, E>>;
}

/** Trace hook: called after each step with the story and step names and whether the step succeeded. */
export type StoryTrace = (story: string, step: string, succeeded: boolean) => void;

/**
 * Starts a story: business logic as named steps, each returning a Result, run in order with the first
 * failure returned as is. The input is available to every step as `context.input`.
 *
 * @example
 * const signIn = story<Credentials>('signIn')
 *   .step('user', ({ input }) => findUser(input.email))
 *   .step('token', ({ user }) => issueToken(user))
 *   .returns(({ user, token }) => ({ user, token }));
 */
export function story<I>(name: string, trace?: StoryTrace): StoryBuilder<I, { readonly input: I }, never> {
  return build<I, { readonly input: I }, never>(name, [], trace);
}

type AnyStep = { name: string; run: Step<Record<string, unknown>, Result<unknown, unknown>> };

function build<I, C, E>(name: string, steps: readonly AnyStep[], trace?: StoryTrace): StoryBuilder<I, C, E> {
  return {
    step(stepName, run) {
      return build(name, [...steps, { name: stepName, run: run as AnyStep['run'] }], trace);
    },
    returns(output) {
      return async (input: I) => {
        const context: Record<string, unknown> = { input };
        for (const step of steps) {
          const result = await step.run(context);
          trace?.(name, step.name, result.ok);
          if (!result.ok) return result as Result<never, E>;
          context[step.name] = result.data;
        }
        return ok(output(context as C));
      };
    },
  };
}
