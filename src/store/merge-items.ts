// Merges imported items into the collection: no duplicates, and nothing the user already has is lost.
import { normaliseTags } from './create-item';
import { itemIdentity, type SavedItem } from './saved-item';

export interface MergeResult {
  items: SavedItem[];
  /** Items that were new. */
  added: number;
  /** Items already present (same id, or same page and quote) whose tags or comment were combined. */
  updated: number;
  /** Items already present and identical in what a merge would change. */
  unchanged: number;
}

/**
 * Existing items always win; an incoming duplicate only adds tags the existing item lacks, and a
 * comment when the existing one is empty. New items are appended in the order given.
 */
export function mergeItems(
  existing: readonly SavedItem[],
  incoming: readonly SavedItem[],
): MergeResult {
  const items = existing.map((item) => ({ ...item }));
  const byId = new Map(items.map((item, index) => [item.id, index]));
  const byIdentity = new Map(items.map((item, index) => [itemIdentity(item), index]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const item of incoming) {
    const index = byId.get(item.id) ?? byIdentity.get(itemIdentity(item));
    if (index === undefined) {
      byId.set(item.id, items.length);
      byIdentity.set(itemIdentity(item), items.length);
      items.push(item);
      added += 1;
      continue;
    }
    const kept = items[index] as SavedItem; // the maps only hold indexes of `items`
    const combined = combineDuplicate(kept, item);
    if (combined === kept) unchanged += 1;
    else {
      items[index] = combined;
      updated += 1;
    }
  }
  return { items, added, updated, unchanged };
}

/** Returns `kept` itself when the duplicate adds nothing, so callers can tell "unchanged". */
function combineDuplicate(kept: SavedItem, duplicate: SavedItem): SavedItem {
  const tags = normaliseTags([...kept.tags, ...duplicate.tags]);
  const comment = kept.comment || duplicate.comment;
  if (tags.length === kept.tags.length && comment === kept.comment) return kept;
  return { ...kept, tags, comment };
}
