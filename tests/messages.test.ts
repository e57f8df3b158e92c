import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTrustedSender, type MessageType } from '../src/messages';

const OWN_ID = fakeBrowser.runtime.id;
const PAGE_URL = fakeBrowser.runtime.getURL('/collection.html');
const tab = { id: 7 } as never;

describe('the background checks who sent a message', () => {
  test.each<[string, MessageType, object, boolean]>([
    [
      'content script in a tab',
      'content→background:save-item',
      { id: OWN_ID, tab, url: 'https://news.example/' },
      true,
    ],
    [
      'another extension',
      'content→background:save-item',
      { id: 'other-extension', tab, url: 'https://news.example/' },
      false,
    ],
    [
      'content message without a tab',
      'content→background:report',
      { id: OWN_ID, url: 'https://news.example/' },
      false,
    ],
    [
      'content message from our own page',
      'content→background:save-item',
      { id: OWN_ID, tab, url: PAGE_URL },
      false,
    ],
    [
      'collection page (in a tab)',
      'page→background:open-item',
      { id: OWN_ID, tab, url: PAGE_URL },
      true,
    ],
    [
      'content script posing as a page',
      'page→background:open-item',
      { id: OWN_ID, tab, url: 'https://evil.example/' },
      false,
    ],
    ['background to content', 'background→content:reveal-quote', { id: OWN_ID }, true],
    [
      'popup to content',
      'popup→content:get-report',
      { id: OWN_ID, url: fakeBrowser.runtime.getURL('/popup.html') },
      true,
    ],
  ])('%s', (_name, type, sender, trusted) => {
    expect(isTrustedSender(type, sender)).toBe(trusted);
  });
});
