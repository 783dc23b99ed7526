import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

/** Where a PostgreSQL database is: a connection URL and the schema for the service's tables. */
export interface PostgresLocation {
  /** The connection URL without the `schema` parameter. */
  readonly url: string;
  /** The schema to create and put first on the search path, or null for `public`. */
  readonly schema: string | null;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/** The PostgreSQL location in `location`, or null when it is not a `postgres://` URL. */
export function parsePostgresLocation(location: string): PostgresLocation | null {
  if (!/^postgres(ql)?:\/\//i.test(location)) return null;
  const url = new URL(location);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !schemaName.test(schema)) {
    throw new Error(`the database schema must be lower-case letters, digits and _ (got "${schema}")`);
  }
  return { url: url.toString(), schema };
}

/** 64-bit integers and numerics read as numbers: the services' values fit in a double. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Opens a pool on a PostgreSQL database through Kysely, creating the service's schema first. */
export async function openPostgres<DB>({ url, schema }: PostgresLocation): Promise<Kysely<DB>> {
  if (schema !== null) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema if not exists "${schema}"`);
    } catch (error) {
      // Two replicas starting together: the other one created it first.
      if (!isAlreadyThere(error)) throw error;
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    types,
    max: Number(process.env.KERF_DATABASE_POOL_SIZE ?? 10),
    ...(schema === null ? {} : { options: `-c search_path="${schema}"` }),
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

function isAlreadyThere(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === '42P06';
}
