import type { Env } from './env-integer.ts';

/**
 * Where a service keeps its data: `<SERVICE>_DATABASE_URL` when set (used as given; add
 * `?schema=` to choose the schema), else `DATABASE_URL` with the service's own schema (named after
 * the service), else its SQLite file. The location goes to `openDatabase`.
 */
export function databaseLocation(env: Env, service: string, sqliteFile: string): string {
  const own = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (own) return own;
  const shared = env.DATABASE_URL;
  if (!shared) return sqliteFile;
  const url = new URL(shared);
  url.searchParams.set('schema', service.toLowerCase());
  return url.toString();
}
