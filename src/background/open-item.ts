// Opens a saved item's page in a new tab and asks the page to find the sentence again by its quote,
// so the collection page can say plainly whether the sentence is still there.
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { loadCollection } from '../store/collection-store';
import type { RevealOutcome } from '../messages';
import { reachContent } from './reach-content';

const LOAD_TIMEOUT_MS = 30_000; // a slow news page on a slow line; after that we report "could not reach"

function waitForLoad(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    function done(): void {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    }
    function listener(id: number, change: { status?: string }): void {
      if (id === tabId && change.status === 'complete') done();
    }
    browser.tabs.onUpdated.addListener(listener);
  });
}

/** Opens the item's page; `message` is a sentence the collection page can show as is. */
export async function openItem(itemId: string): Promise<RevealOutcome & { message: string }> {
  const loaded = await loadCollection();
  if (!loaded.ok) return { found: false, message: loaded.error.message };
  const item = loaded.items.find((candidate) => candidate.id === itemId);
  if (!item) return { found: false, message: t('openItemGone') };
  const tab = await browser.tabs.create({ url: item.page.url, active: true });
  if (tab.id === undefined) return { found: false, message: t('openItemFailed') };
  await waitForLoad(tab.id);
  const outcome = await reachContent(tab.id, 'background→content:reveal-quote', {
    quote: item.target.quote,
    position: item.target.position,
  });
  if (!outcome)
    return {
      found: false,
      message: t('openItemNoScript'),
    };
  return outcome.found
    ? { found: true, message: t('openItemFound') }
    : {
        found: false,
        message: t('openItemMissing'),
      };
}
