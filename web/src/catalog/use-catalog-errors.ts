import type { CatalogError } from '@kerf/state';
import { useI18n } from 'vue-i18n';

/** Translates catalog errors: a message per form field, and one for the form or the page. */
export function useCatalogErrors(scope: 'materials' | 'cuttingParameters') {
  const { t, te } = useI18n();
  return {
    /** The message next to a field, or `null` when the field is fine. */
    fieldError(error: CatalogError | null, field: string): string | null {
      const problem = error?.fields[field];
      if (!problem) return null;
      if (problem.code === 'duplicate') return t(`${scope}.errors.duplicate`);
      const key = `${scope}.errors.${field}.${problem.code}`;
      return te(key) ? t(key) : problem.message;
    },
    /** The message about the whole form or action, or `null` when there is none. */
    message(error: CatalogError | null): string | null {
      if (!error) return null;
      const key = `catalog.errors.${error.code}`;
      return t(te(key) ? key : 'catalog.errors.unexpected');
    },
  };
}
