// The complete, versioned JSON export and its parser: the one format that re-imports without loss.
import { migrateItems } from './collection-migrations';
import { COLLECTION_SCHEMA_VERSION, type SavedItem } from './saved-item';
import { validateItems, type ItemsResult } from './validate-items';

/** Marks a file as a Crosscheck collection, so an arbitrary JSON file is refused by name. */
export const EXPORT_FORMAT = 'crosscheck-collection';

export interface CollectionExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  items: SavedItem[];
}

/** Orders items for export by date saved, then id, so the same collection always exports the same bytes. */
export function sortItems(items: readonly SavedItem[]): SavedItem[] {
  return [...items].sort((a, b) =>
    a.savedAt === b.savedAt
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : a.savedAt < b.savedAt
        ? -1
        : 1,
  );
}

/** Serialises the whole collection; `now` is injectable so tests can compare bytes. */
export function exportJson(items: readonly SavedItem[], now: Date = new Date()): string {
  const document: CollectionExport = {
    format: EXPORT_FORMAT,
    schemaVersion: COLLECTION_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    items: sortItems(items),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Parses an export of this or an older schema version. Never throws: a bad file yields problems that
 * say what is wrong and where (`items[2].page.url: …`).
 */
export function parseJsonExport(text: string): ItemsResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: ['expected a Crosscheck collection export (a JSON object)'] };
  const record = data as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT)
    return {
      ok: false,
      problems: [
        `format: expected "${EXPORT_FORMAT}", got ${JSON.stringify(record.format) ?? 'nothing'}`,
      ],
    };
  if (typeof record.schemaVersion !== 'number')
    return { ok: false, problems: ['schemaVersion: expected a number'] };
  if (!Array.isArray(record.items)) return { ok: false, problems: ['items: expected a list'] };
  const migrated = migrateItems(record.schemaVersion, record.items);
  if (!migrated.ok) return { ok: false, problems: [`schemaVersion: ${migrated.message}`] };
  return validateItems(migrated.items);
}
