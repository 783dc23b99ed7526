/** The environment as a service reads it. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads an integer setting: `fallback` when the variable is unset or empty, else its value, which
 * must be an integer in [`min`, `max`] (throws naming the variable otherwise).
 */
export function envInteger(
  env: Env,
  name: string,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} is not an integer in [${min}, ${max}]: ${raw}`);
  }
  return value;
}
