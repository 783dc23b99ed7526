/**
 * Reads CSV back the way RFC 4180 defines it, for tests: records end with CRLF, fields in double
 * quotes may hold commas, CRLF and doubled quotes. Throws on anything else (a bare quote inside an
 * unquoted field, a lone LF between records, an unterminated quoted field), so that a test notices a
 * file a strict reader would refuse.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] !== '"') {
      const end = text.slice(i).search(/,|\r\n|$/);
      const value = text.slice(i, i + end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted field with a quote or line break at ${i}`);
      i += end;
      return value;
    }
    let value = '';
    i += 1;
    for (;;) {
      const next = text.indexOf('"', i);
      if (next < 0) throw new Error('unterminated quoted field');
      value += text.slice(i, next);
      if (text[next + 1] === '"') {
        value += '"';
        i = next + 2;
      } else {
        i = next + 1;
        return value;
      }
    }
  };
  while (i < text.length) {
    record.push(field());
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i) || i === text.length) {
      records.push(record);
      record = [];
      i += text.startsWith('\r\n', i) ? 2 : 0;
    } else {
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
    }
  }
  return records;
}
