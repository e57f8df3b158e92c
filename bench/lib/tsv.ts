// Reads the tab-separated files the CheckThat! organisers wrote with pandas: a field that holds a
// quote, tab or newline is wrapped in double quotes and its own quotes are doubled ("" for ").

/**
 * Rows of `text`, each a list of fields, header included. A quote only opens a quoted field at the
 * start of a field; elsewhere it is kept as written. Blank lines give no row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  const endRow = (): void => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n') endRow();
    else if (ch === '\r' && text[i + 1] === '\n') continue;
    else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
