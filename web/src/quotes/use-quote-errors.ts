import type { QuotesError } from '@kerf/state';
import { useI18n } from 'vue-i18n';

/** Translates quotes errors by code; the service's own message is the fallback. */
export function useQuoteErrors() {
  const { t, te } = useI18n();
  return {
    /** The message about a whole action or page, or `null` when there is none. */
    message(error: QuotesError | null): string | null {
      if (!error) return null;
      const key = `quotes.errors.${error.code}`;
      return te(key) ? t(key) : error.message;
    },
    /** The message next to a field, or `null` when the field is fine. */
    fieldError(error: QuotesError | null, field: string): string | null {
      return error?.fields[field] ?? null;
    },
  };
}
