/**
 * CSV as RFC 4180 writes it, made safe for spreadsheets: CRLF between records, fields with a comma,
 * a double quote, CR or LF enclosed in double quotes (inner quotes doubled), and text that a
 * spreadsheet would run as a formula defused with a leading single quote (OWASP "CSV injection").
 */

/** A byte order mark, so that Excel reads the file as UTF-8. */
export const utf8Bom = '\uFEFF';

/** First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One field: defused when it would start a formula, quoted when it holds a separator or a quote. */
export function csvField(value: string): string {
  const defused = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/** One record: its fields, comma-separated. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** A whole file: the byte order mark, then every record ended by CRLF. */
export function csvDocument(records: readonly (readonly string[])[]): string {
  return utf8Bom + records.map((record) => `${csvRecord(record)}\r\n`).join('');
}
