import { afterEach, describe, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('lazy-browser: the content script reads the extension API on first use only', () => {
  test('loading the module reads nothing; the first use reads the native object once', async () => {
    let reads = 0;
    vi.stubGlobal('browser', undefined); // Chrome: no `browser` global
    const runtime = { id: 'crosscheck', getURL: (path: string) => `chrome-extension://x${path}` };
    vi.stubGlobal('chrome', {
      get runtime() {
        reads += 1;
        return runtime;
      },
    });
    const { browser } = await import('../../src/content/lazy-browser');
    expect(reads).toBe(0);
    expect(browser.runtime.getURL('/article-notes.js')).toBe(
      'chrome-extension://x/article-notes.js',
    );
    expect(browser.runtime.id).toBe('crosscheck');
    expect(reads).toBe(2); // one per property read, none at load
  });

  test("Firefox's promise-based `browser` wins over `chrome` when it is live", async () => {
    vi.stubGlobal('chrome', { runtime: { id: 'chrome-side' } });
    vi.stubGlobal('browser', { runtime: { id: 'firefox-side' } });
    const { browser } = await import('../../src/content/lazy-browser');
    expect(browser.runtime.id).toBe('firefox-side');
  });
});
