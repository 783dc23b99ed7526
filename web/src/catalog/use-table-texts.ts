import type { KDataTableTexts } from '@kerf/components';
import { useI18n } from 'vue-i18n';
import { useFormat } from '../i18n/use-format.ts';

/**
 * The data table's texts in the current language; call the returned function while rendering so that
 * the texts follow the language switch. `pages` and `empty` are i18n keys of the table's own texts.
 */
export function useTableTexts(keys: { pages: string; empty: string }): () => KDataTableTexts {
  const { t } = useI18n();
  const format = useFormat();
  return () => ({
    loading: t('table.loading'),
    empty: t(keys.empty),
    actions: t('table.actions'),
    sortHint: t('table.sortHint'),
    sortState: (direction, position) =>
      t('table.sortState', { direction: t(`table.${direction}`), position: format.integer(position) }),
    retry: t('table.retry'),
    pagination: {
      label: t(keys.pages),
      previous: t('table.previous'),
      next: t('table.next'),
      rowsPerPage: t('table.rowsPerPage'),
      range: (from, to, total) =>
        t('table.range', {
          from: format.integer(from),
          to: format.integer(to),
          total: format.integer(total),
        }),
    },
  });
}
