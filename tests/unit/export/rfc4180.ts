// A small RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF or LF row ends.
// Throws on malformed input (a stray quote or an unclosed quoted field).
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (i < src.length && !/[,\r\n]/.test(src[i])) throw new Error(`CSV: text after closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`CSV: quote inside unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: unclosed quoted field');
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Unfold an iCalendar text (RFC 5545 §3.1) into content lines; throws on a bare LF or a long line. */
export function unfoldIcs(text: string): string[] {
  if (/[^\r]\n/.test(text)) throw new Error('ICS: line break without CR');
  const physical = text.split('\r\n');
  if (physical.at(-1) === '') physical.pop();
  for (const line of physical) {
    if (new TextEncoder().encode(line).length > 75) throw new Error(`ICS: line over 75 octets: ${line.slice(0, 30)}`);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') && lines.length) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  return lines;
}
