import type { KPaginationTexts } from '../KPagination/index.ts';

/** One column of a KDataTable. */
export interface KDataTableColumn {
  /** The row property shown in the column; also its ordering key and the `cell-<key>` slot name. */
  key: string;
  /** The header text; also the sort button's accessible name. */
  label: string;
  /** The server can order by this column. */
  sortable?: boolean;
  /** `end` for numbers, so that digits line up. */
  align?: 'start' | 'end';
}

/** The texts of a KDataTable; the app passes them translated. */
export interface KDataTableTexts {
  /** Shown while the first page loads. */
  loading: string;
  /** Shown when there is nothing to list (unless the `empty` slot is given). */
  empty: string;
  /** The header of the row actions column. */
  actions: string;
  /** Describes every sort button, e.g. "Shift+click adds the column as a further sort key." */
  sortHint: string;
  /** Describes a sorted column, e.g. `('descending', 2)` -> "sorted descending, key 2". */
  sortState: (direction: 'ascending' | 'descending', position: number) => string;
  /** The retry button next to an error. */
  retry: string;
  /** The pagination's texts. */
  pagination: KPaginationTexts;
}
