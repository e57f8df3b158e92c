// The two selection menu items: they work on any page, detected or not, because a moderator often
// meets a claim in a forum post or a social feed rather than in an article.
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { reachContent } from './reach-content';

export const MENU_IDS = {
  check: 'crosscheck-check-selection',
  save: 'crosscheck-save-selection',
} as const;

/** (Re)creates the menu items; removeAll first so a restart never hits "duplicate id". */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_IDS.check,
    title: t('menuCheckSelection'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: MENU_IDS.save,
    title: t('menuSaveSelection'),
    contexts: ['selection'],
  });
}

/** Routes menu clicks to the tab's content script until `signal` aborts. */
export function handleContextMenus(signal: AbortSignal): void {
  const listener = (
    info: { menuItemId: string | number; selectionText?: string },
    tab?: { id?: number },
  ) => {
    const tabId = tab?.id;
    if (tabId === undefined || tabId < 0) return;
    const text = info.selectionText ?? '';
    if (info.menuItemId === MENU_IDS.check)
      void reachContent(tabId, 'background→content:check-selection', { text });
    else if (info.menuItemId === MENU_IDS.save)
      void reachContent(tabId, 'background→content:save-selection', { text });
  };
  browser.contextMenus.onClicked.addListener(listener);
  signal.addEventListener('abort', () => browser.contextMenus.onClicked.removeListener(listener), {
    once: true,
  });
}
