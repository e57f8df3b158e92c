// Remembers where the reader hid notes: per page (URL without hash) or per site (host), in
// browser.storage.local so the choice survives reloads and never leaves the machine.
import { browser } from 'wxt/browser';

const STORAGE_KEY = 'crosscheck:hidden';

export interface HiddenPlaces {
  pages: string[];
  sites: string[];
}

/** The page key: origin + path + query, without the fragment. */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

async function readHidden(): Promise<HiddenPlaces> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as
    Partial<HiddenPlaces> | undefined;
  return { pages: stored?.pages ?? [], sites: stored?.sites ?? [] };
}

/** Whether notes are hidden for `url`, on its page and on its site. */
export async function readHiddenFor(url: string): Promise<{ page: boolean; site: boolean }> {
  const hidden = await readHidden();
  return {
    page: hidden.pages.includes(pageKey(url)),
    site: hidden.sites.includes(new URL(url).host),
  };
}

/** Records (or clears) hiding for `url`'s page or site. */
export async function writeHidden(
  url: string,
  scope: 'page' | 'site',
  hide: boolean,
): Promise<void> {
  const hidden = await readHidden();
  const key = scope === 'page' ? pageKey(url) : new URL(url).host;
  const list = scope === 'page' ? hidden.pages : hidden.sites;
  const next = hide ? [...new Set([...list, key])] : list.filter((item) => item !== key);
  await browser.storage.local.set({
    [STORAGE_KEY]: scope === 'page' ? { ...hidden, pages: next } : { ...hidden, sites: next },
  });
}
