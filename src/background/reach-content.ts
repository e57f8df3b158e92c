// Delivers a message to a tab's content script: wakes a script that is not listening yet, and
// injects the script first when the tab was opened before the extension was installed or reloaded
// (Chromium does not inject into existing tabs).
import { browser } from 'wxt/browser';
import { sendToTab, type MessageType, type Payload, type Reply } from '../messages';
import { callWakeHook, WAKE_HOOK } from '../content/wake-hook';

/** Output path of `entrypoints/article-page.ts` in both browsers' builds (declared in wxt.config.ts). */
export const CONTENT_SCRIPT_FILE = '/article-page.js';

const RETRY_DELAY_MS = 250; // a declared script that has not run yet (document_idle) soon will
const RETRIES = 24; // 6 s in all: a news page that reloads itself once (seen on the BBC layout) still answers
/** Tries before injecting: a declared content script may simply not have run yet (document_idle),
 *  and injecting then would start a second copy of it. */
const TRIES_BEFORE_INJECTING = 10; // 2.5 s: a declared script answered after 2.25 s on the e2e BBC page

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function inject(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch {
    // A page we may not script (browser pages, the web store); the retries then fail and say so.
  }
}

/** Asks a content script that is not listening yet to start (src/content/wake-hook.ts). */
async function wake(tabId: number): Promise<boolean> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: callWakeHook,
      args: [WAKE_HOOK],
    });
    return injection?.result === true;
  } catch {
    return false; // a page we may not script; the retries then fail and say so
  }
}

/**
 * Sends `type` to the tab's content script; null when no content script could be reached (a page the
 * extension may not run on, such as the browser's own pages or the web store).
 */
export async function reachContent<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Payload<T>,
): Promise<Reply<T> | null> {
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    try {
      return await sendToTab(tabId, type, payload);
    } catch {
      // A content script on a page without notes listens only once woken; it then answers at once.
      if (await wake(tabId)) continue;
      if (attempt === TRIES_BEFORE_INJECTING) await inject(tabId);
      await delay(RETRY_DELAY_MS);
    }
  }
  return null;
}
