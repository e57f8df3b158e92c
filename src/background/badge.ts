// The toolbar badge: how many notes the current tab has, with "!" and a red background when any of
// them conflicts, so a moderator sees a disputed page at a glance (never colour alone).
import { browser } from 'wxt/browser';
import { t, tCount } from '../i18n';

/** Dark enough for white badge text at WCAG AA (contrast 4.5:1 or more). */
export const BADGE_COLOURS = { notes: '#2f4f7f', conflicts: '#b3261e' } as const;

/** Badge text for a count: "" hides it; "3" or "3!" when any note conflicts. */
export function badgeText(count: number, conflicts: number): string {
  if (count <= 0) return '';
  return `${count > 99 ? '99+' : count}${conflicts > 0 ? '!' : ''}`;
}

/** Shows the note count on one tab's badge. */
export async function showBadge(tabId: number, count: number, conflicts: number): Promise<void> {
  const colour = conflicts > 0 ? BADGE_COLOURS.conflicts : BADGE_COLOURS.notes;
  const notes = tCount('notes', count);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(count, conflicts) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: colour }),
    browser.action.setTitle({
      tabId,
      title:
        count <= 0
          ? t('extName')
          : conflicts
            ? t('badgeTitleConflicts', notes, conflicts)
            : t('badgeTitle', notes),
    }),
  ]);
}

/** Clears a tab's badge when it starts loading another page (the new page reports afresh). */
export function clearBadgeOnNavigation(signal: AbortSignal): void {
  const listener = (tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') void showBadge(tabId, 0, 0).catch(() => undefined);
  };
  browser.tabs.onUpdated.addListener(listener);
  signal.addEventListener('abort', () => browser.tabs.onUpdated.removeListener(listener), {
    once: true,
  });
}
