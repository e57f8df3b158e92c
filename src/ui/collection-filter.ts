// The collection's search and filters as pure functions over items, so they are tested without a DOM.
import { itemVerdict, type ItemVerdict, type SavedItem } from '../store/saved-item';
import { shownStatement } from './statement';

export interface CollectionFilter {
  /** Words that must all occur (case-insensitive) in the sentence, context, title, comment, tags or claim. */
  query: string;
  verdict: ItemVerdict | '';
  claim: string;
  site: string;
  tag: string;
  /** Inclusive YYYY-MM-DD bounds on the date saved (UTC); '' for open. */
  from: string;
  to: string;
}

export const NO_FILTER: CollectionFilter = {
  query: '',
  verdict: '',
  claim: '',
  site: '',
  tag: '',
  from: '',
  to: '',
};

/** The host name of an item's page ("www." dropped); the URL itself when it does not parse. */
export function siteOf(item: SavedItem): string {
  try {
    return new URL(item.page.url).hostname.replace(/^www\./, '');
  } catch {
    return item.page.url;
  }
}

function searchableText(item: SavedItem): string {
  return [
    item.sentence,
    item.context,
    item.page.title,
    item.page.url,
    item.comment,
    ...item.tags,
    item.claim?.statement ?? '',
    item.claim?.statementIn?.uk ?? '',
    item.claim?.id ?? '',
  ]
    .join('\n')
    .toLocaleLowerCase();
}

/** Whether `item` passes every filter that is set. */
export function matchesFilter(item: SavedItem, filter: CollectionFilter): boolean {
  const day = item.savedAt.slice(0, 10);
  if (filter.verdict && itemVerdict(item) !== filter.verdict) return false;
  if (filter.claim && item.claim?.id !== filter.claim) return false;
  if (filter.site && siteOf(item) !== filter.site) return false;
  if (filter.tag && !item.tags.includes(filter.tag)) return false;
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    const text = searchableText(item);
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}

/** Items passing the filter, newest first (what a researcher saved last is what they look for). */
export function filterItems(items: readonly SavedItem[], filter: CollectionFilter): SavedItem[] {
  return items
    .filter((item) => matchesFilter(item, filter))
    .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** A select option: the value the filter compares, and what the reader sees. */
export interface FilterOption {
  value: string;
  label: string;
}

/**
 * Each claim once as an option labelled with its statement (a reader knows claims by what they say,
 * not by id), sorted by label. Items migrated from schema 1 kept no statement: their id is the label.
 */
function claimOptions(items: readonly SavedItem[]): FilterOption[] {
  const labels = new Map<string, string>();
  for (const { claim } of items)
    if (claim && !labels.get(claim.id)) labels.set(claim.id, shownStatement(claim) || claim.id);
  return [...labels]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}

/** The distinct values each select offers, sorted. */
export function filterOptions(items: readonly SavedItem[]): {
  claims: FilterOption[];
  sites: string[];
  tags: string[];
} {
  const sorted = (values: Iterable<string>) =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    claims: claimOptions(items),
    sites: sorted(items.map(siteOf)),
    tags: sorted(items.flatMap((item) => item.tags)),
  };
}
