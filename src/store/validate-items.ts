// Validates untrusted item lists (imports, storage read back) and words each problem with its path,
// so a malformed file is rejected with a message the user can act on.
import * as v from 'valibot';
import { SavedItemSchema, type SavedItem } from './saved-item';

export type ItemsResult = { ok: true; items: SavedItem[] } | { ok: false; problems: string[] };

const MAX_PROBLEMS_SHOWN = 10; // enough to fix a file by hand without a wall of text

function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const at = `items${issuePath(issue)}`;
  if (issue.received === 'undefined') return `${at}: missing`;
  return `${at}: expected ${issue.expected ?? issue.message}, got ${issue.received}`;
}

/** Checks every item against the current schema; problem paths look like `items[3].target.quote.exact`. */
export function validateItems(items: unknown): ItemsResult {
  const parsed = v.safeParse(v.array(SavedItemSchema), items);
  if (parsed.success) return { ok: true, items: parsed.output };
  const problems = parsed.issues.map(describeIssue);
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  if (problems.length > shown.length) shown.push(`…and ${problems.length - shown.length} more`);
  return { ok: false, problems: shown };
}
