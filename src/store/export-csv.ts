// CSV export for spreadsheets (RFC 4180): one row per item, CRLF line ends, every field quoted,
// UTF-8 byte-order mark so Excel reads non-Latin text as UTF-8 rather than the system code page.
import { sortItems } from './export-json';
import { itemSources, type ItemSource } from './item-sources';
import { itemVerdict, type SavedItem } from './saved-item';

/** Column names in order; a reader can rely on them staying stable within a schema version. */
export const CSV_COLUMNS = [
  'id',
  'saved_at',
  'page_url',
  'page_title',
  'sentence',
  'context',
  'verdict',
  'claim_id',
  'claim_statement',
  'stated',
  'established',
  'sources',
  'source_ids',
  'source_stances',
  'source_primary',
  'tags',
  'comment',
  'quote_prefix',
  'quote_exact',
  'quote_suffix',
  'position_start',
  'position_end',
  'pack_id',
  'pack_version',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Joins lists inside one cell; " | " does not occur in URLs and reads well in a spreadsheet. */
export const CELL_LIST_SEPARATOR = ' | ';

/** Cells starting with these are run as formulas by spreadsheets; page text is untrusted. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes an apostrophe to a cell a spreadsheet would evaluate (OWASP "CSV injection"), which
 * spreadsheets hide on display. `unguardCell` undoes it for readers that parse the CSV as data.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Inverse of `guardCell`. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Joins one field of each source; the source columns list the same sources in the same order. */
function sourceCell(sources: readonly ItemSource[], field: (source: ItemSource) => string): string {
  return sources.map(field).join(CELL_LIST_SEPARATOR);
}

/** The cells of one item, by column. */
export function itemCells(item: SavedItem): Record<CsvColumn, string> {
  const claim = item.claim;
  const sources = itemSources(claim);
  return {
    id: item.id,
    saved_at: item.savedAt,
    page_url: item.page.url,
    page_title: item.page.title,
    sentence: item.sentence,
    context: item.context,
    verdict: itemVerdict(item),
    claim_id: claim?.id ?? '',
    claim_statement: claim?.statement ?? '',
    stated: claim?.stated ?? '',
    established: claim?.established ?? '',
    sources: sourceCell(sources, (s) => `${s.publisher} (${s.date}) ${s.url}`),
    source_ids: sourceCell(sources, (s) => s.id),
    source_stances: sourceCell(sources, (s) => s.stance),
    source_primary: sourceCell(sources, (s) => (s.primary ? 'primary' : 'secondary')),
    tags: item.tags.join(CELL_LIST_SEPARATOR),
    comment: item.comment,
    quote_prefix: item.target.quote.prefix,
    quote_exact: item.target.quote.exact,
    quote_suffix: item.target.quote.suffix,
    position_start: String(item.target.position.start),
    position_end: String(item.target.position.end),
    pack_id: claim?.pack?.id ?? '',
    pack_version: claim?.pack?.version ?? '',
  };
}

/** Quotes a field per RFC 4180: wrap in double quotes, double any inner quote. */
function quoteField(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

function formatRow(cells: readonly string[]): string {
  return cells.map(quoteField).join(',');
}

/** The whole CSV file as text, starting with a BOM; an empty collection gives the header row only. */
export function exportCsv(items: readonly SavedItem[]): string {
  const rows = [formatRow(CSV_COLUMNS)];
  for (const item of sortItems(items)) {
    const cells = itemCells(item);
    rows.push(formatRow(CSV_COLUMNS.map((column) => guardCell(cells[column]))));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
