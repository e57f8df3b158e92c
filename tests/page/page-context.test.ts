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
    expect(ctx.isInvalid).toBe(false); // the copy has used the runtime (it loaded its bundle)
    ctx.setTimeout(() => ran.push('first'), 10);
    vi.advanceTimersByTime(10);
    ctx.setTimeout(() => ran.push('second'), 10);
    delete runtime.id;
    vi.advanceTimersByTime(10);
    expect(ran).toEqual(['first']);
    expect(ctx.signal.aborted).toBe(true);
  });

  test('a copy that found nothing never touches the runtime API, and a dead one loads nothing', async () => {
    let runtimeReads = 0;
    vi.stubGlobal('chrome', {
      get runtime() {
        runtimeReads += 1;
        return runtime;
      },
    });
    const ctx = createPageContext(window);
    const ran: string[] = [];
    ctx.onLocationChange(() => ran.push('route'));
    ctx.setTimeout(() => ran.push('recheck'), 500);
    vi.advanceTimersByTime(500);
    document.title = 'Same URL, new title';
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(ran).toEqual(['recheck']);
    expect(runtimeReads).toBe(0);
    // Before it does anything for the extension, the copy asks; once gone, the answer sticks.
    delete runtime.id;
    expect(ctx.isInvalid).toBe(true);
    expect(runtimeReads).toBe(1);
    ctx.setTimeout(() => ran.push('late'), 10);
    vi.advanceTimersByTime(10);
    expect(ran).toEqual(['recheck']);
  });

  test('a newly started copy makes a dead copy abort, but never a live one', () => {
    const old = createPageContext(window);
    const stopped = vi.fn();
    old.onInvalidated(stopped);
    expect(old.isInvalid).toBe(false); // the old copy showed notes
    expect(createPageContext(window).isInvalid).toBe(false); // a second live copy starts working
    expect(stopped).not.toHaveBeenCalled();
    document.dispatchEvent(new CustomEvent('crosscheck:content-script-started')); // from the page
    expect(stopped).not.toHaveBeenCalled();
    delete runtime.id; // reloaded: the old copy's runtime is gone
    // The new extension's copy, injected into the open tab, starts working (jsdom has one global
    // `chrome` for both copies, so only the old copy's reaction is asserted).
    void createPageContext(window).isInvalid;
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  test('single-page-app route changes are reported once each, by retitle or back/forward', async () => {
    const ctx = createPageContext(window);
    const seen: string[] = [];
    ctx.onLocationChange(() => seen.push(location.pathname));
    const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
    history.pushState({}, '', '/world/treaty');
    document.title = 'Ukraine leaves the mine ban treaty';
    await settle();
    document.title = 'Ukraine leaves the mine ban treaty (updated)'; // same URL: not a new route
    await settle();
    history.pushState({}, '', '/sport');
    document.head.append(document.createElement('meta'));
    await settle();
    history.pushState({}, '', '/world/treaty');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/world/treaty', '/sport', '/world/treaty']);
  });

  test('route changes stop being reported once the extension is gone', async () => {
    const ctx = createPageContext(window);
    const seen: string[] = [];
    ctx.onLocationChange(() => seen.push(location.pathname));
    delete runtime.id;
    history.pushState({}, '', '/elsewhere');
    document.title = 'Elsewhere';
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(seen).toEqual([]);
  });
});
