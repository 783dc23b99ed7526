import type { KBatchTableColumn } from '@kerf/components';

/** The columns a row shares with a quote line (`WorkspaceLineCells`). */
const LINE_COLUMNS = ['material', 'quantity', 'leadTime', 'unitPrice', 'total', 'breakdown'];

/** The batch table's columns, in the order `UploadRow` renders its cells. */
export function uploadColumns(t: (key: string) => string): KBatchTableColumn[] {
  const column = (key: string, width: string, hideLabel = false): KBatchTableColumn => ({
    key,
    // A row's quote-line cells are named as in the quote editor.
    label: t(LINE_COLUMNS.includes(key) ? `quote.columns.${key}` : `upload.columns.${key}`),
    width,
    hideLabel,
  });
  return [
    column('select', '2.75rem', true),
    column('preview', '4rem', true),
    column('name', '14rem'),
    column('fileSize', '6rem'),
    column('progress', '7rem'),
    column('status', '11rem'),
    column('size', '9rem'),
    column('cutLength', '7.5rem'),
    column('pierces', '5rem'),
    column('holes', '4.5rem'),
    column('area', '7.5rem'),
    column('weight', '5.5rem'),
    column('material', '17rem'),
    column('quantity', '6.5rem'),
    column('leadTime', '8.5rem'),
    column('unitPrice', '8rem'),
    column('total', '7rem'),
    column('breakdown', '7rem'),
    column('problems', '12rem'),
    column('actions', '12rem', true),
  ];
}

/** The height of a row in px (the table is virtualised on it). */
export const ROW_HEIGHT = 56;
