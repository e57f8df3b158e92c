// Wires the background's parts together: message routing (with sender checks), the badge and the
// context menus. Everything here is event-driven, as an MV3 service worker may stop at any time.
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { handleMessages } from '../messages';
import { saveItem } from '../store/collection-store';
import { createSavedItem, type ItemDraft } from '../store/create-item';
import type { SavedItem } from '../store/saved-item';
import type { StoreResult } from '../store/store-error';
import { validateItems } from '../store/validate-items';
import { clearBadgeOnNavigation, showBadge } from './badge';
import { createContextMenus, handleContextMenus } from './context-menus';
import { openItem } from './open-item';

async function saveDraft(
  draft: ItemDraft,
): Promise<StoreResult<{ item: SavedItem; duplicate: boolean }>> {
  // The draft comes from our own content script, but the text in it comes from the page: check the
  // item against the schema so storage never holds something an export could not re-import.
  const checked = validateItems([createSavedItem(draft)]);
  if (!checked.ok)
    return {
      ok: false,
      error: {
        kind: 'invalid',
        message: t('selectionSaveFailed'),
        problems: checked.problems,
      },
    };
  const result = await saveItem(checked.items[0] as SavedItem);
  return result.ok ? { ok: true, item: result.item, duplicate: result.duplicate } : result;
}

/** Starts every background listener; they stop when `signal` aborts. */
export function startBackground(signal: AbortSignal): void {
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.runtime.onStartup.addListener(() => void createContextMenus());
  handleContextMenus(signal);
  clearBadgeOnNavigation(signal);
  handleMessages(
    {
      'content→background:report': async ({ count, conflicts }, sender) => {
        if (sender.tab?.id !== undefined) await showBadge(sender.tab.id, count, conflicts);
      },
      'content→background:save-item': ({ draft }) => saveDraft(draft),
      'page→background:open-item': ({ itemId }) => openItem(itemId),
    },
    signal,
  );
}
