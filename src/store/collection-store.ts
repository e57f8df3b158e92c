// The collection in browser.storage.local: one key holding `{ schema, items }`, so the schema version
// and the items are written together in one `set` — a write lands whole or not at all.
// (@wxt-dev/storage's versioned items keep the version in a second key written separately and only
// log a failed migration, then serve the unmigrated value; a collection must not be read that way.)
import { browser } from 'wxt/browser';
import { normaliseTags } from './create-item';
import { migrateItems } from './collection-migrations';
import { mergeItems, type MergeResult } from './merge-items';
import { COLLECTION_SCHEMA_VERSION, itemIdentity, type SavedItem } from './saved-item';
import { toStoreError, type StoreResult } from './store-error';
import { validateItems } from './validate-items';
import { withWriteLock } from './write-lock';
import { t, type MessageKey } from '../i18n';

export const COLLECTION_KEY = 'collection';

interface StoredCollection {
  schema: number;
  items: unknown[];
}

type ReadResult =
  { ok: true; items: SavedItem[]; migrated: boolean } | { ok: false; message: string };

async function readStored(): Promise<ReadResult> {
  const record = await browser.storage.local.get(COLLECTION_KEY);
  const stored = record[COLLECTION_KEY] as StoredCollection | undefined;
  if (stored === undefined) return { ok: true, items: [], migrated: false };
  const migrated = migrateItems(stored.schema, Array.isArray(stored.items) ? stored.items : []);
  if (!migrated.ok) return { ok: false, message: migrated.message };
  const valid = validateItems(migrated.items);
  if (!valid.ok) return { ok: false, message: t('collectionDamaged', valid.problems[0] ?? '') };
  return { ok: true, items: valid.items, migrated: stored.schema !== COLLECTION_SCHEMA_VERSION };
}

async function writeStored(items: SavedItem[]): Promise<void> {
  const value: StoredCollection = { schema: COLLECTION_SCHEMA_VERSION, items };
  await browser.storage.local.set({ [COLLECTION_KEY]: value });
}

/** All items, migrated to the current schema (and written back once migrated). */
export async function loadCollection(): Promise<StoreResult<{ items: SavedItem[] }>> {
  return withWriteLock(COLLECTION_KEY, async () => {
    const read = await readStored();
    if (!read.ok) return { ok: false, error: { kind: 'unreadable', message: read.message } };
    if (read.migrated) {
      try {
        await writeStored(read.items);
      } catch {
        // The migrated copy is still served; the old one stays on disk and is migrated next time.
      }
    }
    return { ok: true, items: read.items };
  });
}

/**
 * Applies `change` to the current items and writes the result in one call. On any failure (quota
 * included) the stored collection is exactly what it was before.
 */
async function updateCollection<T extends object>(
  what: MessageKey,
  change: (items: SavedItem[]) => { items: SavedItem[] | null } & T,
): Promise<StoreResult<T & { items: SavedItem[] }>> {
  return withWriteLock(COLLECTION_KEY, async () => {
    const read = await readStored();
    if (!read.ok) return { ok: false, error: { kind: 'unreadable', message: read.message } };
    const result = change(read.items);
    const next = result.items ?? read.items;
    if (result.items) {
      try {
        await writeStored(next);
      } catch (error) {
        return { ok: false, error: toStoreError(error, t(what)) };
      }
    }
    return { ...result, ok: true, items: next } as { ok: true } & T & { items: SavedItem[] };
  });
}

/** Adds one item; when the same quote on the same page is already saved, returns that one instead. */
export function saveItem(
  item: SavedItem,
): Promise<StoreResult<{ item: SavedItem; duplicate: boolean; items: SavedItem[] }>> {
  return updateCollection('storeWhatItem', (items) => {
    const identity = itemIdentity(item);
    const existing = items.find(
      (other) => other.id === item.id || itemIdentity(other) === identity,
    );
    if (existing) return { items: null, item: existing, duplicate: true };
    return { items: [...items, item], item, duplicate: false };
  });
}

/** Replaces an item's tags and comment (the only fields a user edits); unknown ids change nothing. */
export function editItem(
  id: string,
  edit: { tags: string[]; comment: string },
): Promise<StoreResult<{ found: boolean; items: SavedItem[] }>> {
  return updateCollection('storeWhatChange', (items) => {
    if (!items.some((item) => item.id === id)) return { items: null, found: false };
    const next = items.map((item) =>
      item.id === id ? { ...item, tags: normaliseTags(edit.tags), comment: edit.comment } : item,
    );
    return { items: next, found: true };
  });
}

/** Removes items by id. */
export function removeItems(
  ids: readonly string[],
): Promise<StoreResult<{ removed: number; items: SavedItem[] }>> {
  return updateCollection('storeWhatRemoval', (items) => {
    const drop = new Set(ids);
    const next = items.filter((item) => !drop.has(item.id));
    return {
      items: next.length === items.length ? null : next,
      removed: items.length - next.length,
    };
  });
}

/** Merges already-validated items (see `parseJsonExport`) into the collection. */
export function importItems(
  incoming: readonly SavedItem[],
): Promise<StoreResult<Omit<MergeResult, 'items'> & { items: SavedItem[] }>> {
  return updateCollection('storeWhatImport', (items) => {
    const merged = mergeItems(items, incoming);
    const changed = merged.added + merged.updated > 0;
    return { ...merged, items: changed ? merged.items : null };
  });
}
