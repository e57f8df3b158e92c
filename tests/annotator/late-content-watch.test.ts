// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createLateContentWatch,
  RECHECK_DEBOUNCE_MS,
  WATCH_WINDOW_MS,
} from '../../src/annotator/late-content-watch';

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const addParagraph = () => document.body.append(document.createElement('p'));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  document.body.replaceChildren();
});
afterEach(() => vi.useRealTimers());

describe('createLateContentWatch', () => {
  test('a burst of mutations gives one check, once the page is quiet', async () => {
    const onQuiet = vi.fn();
    const watch = createLateContentWatch(window, onQuiet);
    watch.watch();
    for (let i = 0; i < 5; i++) {
      addParagraph();
      await settle();
      vi.advanceTimersByTime(100);
    }
    expect(onQuiet).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RECHECK_DEBOUNCE_MS);
    expect(onQuiet).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  test('after the window, mutations check nothing until it is reopened', async () => {
    const onQuiet = vi.fn();
    const watch = createLateContentWatch(window, onQuiet);
    watch.watch();
    vi.advanceTimersByTime(WATCH_WINDOW_MS + 1);
    addParagraph();
    await settle();
    vi.advanceTimersByTime(RECHECK_DEBOUNCE_MS);
    expect(onQuiet).not.toHaveBeenCalled();
    watch.watch(); // a route change
    addParagraph();
    await settle();
    vi.advanceTimersByTime(RECHECK_DEBOUNCE_MS);
    expect(onQuiet).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  test('timers go through the caller’s scheduler (the isolated half’s stop with the extension)', async () => {
    const onQuiet = vi.fn();
    let alive = true;
    const watch = createLateContentWatch(window, onQuiet, (callback, ms) =>
      window.setTimeout(() => {
        if (alive) callback();
      }, ms),
    );
    watch.watch();
    alive = false;
    addParagraph();
    await settle();
    vi.advanceTimersByTime(RECHECK_DEBOUNCE_MS);
    expect(onQuiet).not.toHaveBeenCalled();
    watch.stop();
  });
});
