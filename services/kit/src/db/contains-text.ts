import type { RawBuilder } from 'kysely';
import { sql } from 'kysely';

/**
 * A case-insensitive "contains" condition on a text column, in portable SQL (SQLite and PostgreSQL):
 * `lower(column) like '%text%' escape '\'`, with `%`, `_` and `\` in the text matched literally.
 */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
