// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPageContext } from '../../src/page/page-context';

/** The extension API as a content script sees it; `id` goes away when the extension is reloaded. */
const runtime: { id?: string } = {};

beforeEach(() => {
  vi.useFakeTimers();
  runtime.id = 'crosscheck';
  vi.stubGlobal('chrome', { runtime });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createPageContext: the content script stops when the extension goes away', () => {
  test('timers run while the extension lives and not after it was unloaded', () => {
    const ctx = createPageContext(window);
    const ran: string[] = [];
    ctx.setTimeout(() => ran.push('first'), 10);
    vi.advanceTimersByTime(10);
    ctx.setTimeout(() => ran.push('second'), 10);
    delete runtime.id;
    vi.advanceTimersByTime(10);
    expect(ran).toEqual(['first']);
    expect(ctx.signal.aborted).toBe(true);
  });

  test('a newly started copy makes a dead copy abort, but never a live one', () => {
    const old = createPageContext(window);
    const stopped = vi.fn();
    old.onInvalidated(stopped);
    createPageContext(window); // the extension is still there: the old copy keeps going
    expect(stopped).not.toHaveBeenCalled();
    delete runtime.id; // reloaded: the old copy's runtime is gone
    document.dispatchEvent(new CustomEvent('crosscheck:content-script-started'));
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  test('single-page-app URL changes are reported once each', () => {
    const ctx = createPageContext(window);
    const seen: string[] = [];
    ctx.onLocationChange(() => seen.push(location.pathname));
    history.pushState({}, '', '/world/treaty');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    history.pushState({}, '', '/sport');
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['/world/treaty', '/sport']);
  });
});
