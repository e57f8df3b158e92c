// Watching a page for an article that renders after load or after a route change: both halves of
// the content script use it, the stage-1 probe in the page's world (src/annotator/topic-probe.ts) and
// the notes' start-up in the isolated world (src/annotator/start-article-notes.ts).

/** Quiet time after page mutations before checking again for a late article (ms). */
export const RECHECK_DEBOUNCE_MS = 500;
/**
 * How long after load or a route change the document is watched (ms): enough for slow
 * client-rendered pages (the e2e "late article" arrives after 2 s), and unrelated pages are left
 * with no observer of their body afterwards.
 */
export const WATCH_WINDOW_MS = 15_000;

export interface LateContentWatch {
  /** (Re)opens the watch window: after load, or after a route change. */
  watch(): void;
  /** Calls `onQuiet` once mutations have paused (a route that renders nothing new still checks). */
  scheduleCheck(): void;
  stop(): void;
}

/**
 * Calls `onQuiet` once the document has been quiet for RECHECK_DEBOUNCE_MS after mutations, while
 * a watch window is open. `setTimer` lets the isolated half use timers that stop with the extension.
 */
export function createLateContentWatch(
  view: Window,
  onQuiet: () => void,
  setTimer: (callback: () => void, ms: number) => number = (callback, ms) =>
    view.setTimeout(callback, ms),
): LateContentWatch {
  let observer: MutationObserver | null = null;
  let recheckTimer = 0;
  let windowTimer = 0;
  let watchUntil = 0;

  const scheduleCheck = (): void => {
    view.clearTimeout(recheckTimer);
    recheckTimer = setTimer(onQuiet, RECHECK_DEBOUNCE_MS);
  };
  const stop = (): void => {
    observer?.disconnect();
    observer = null;
    view.clearTimeout(recheckTimer);
    view.clearTimeout(windowTimer);
  };
  const closeIfOver = (): void => {
    if (view.performance.now() >= watchUntil) stop();
    else windowTimer = setTimer(closeIfOver, watchUntil - view.performance.now());
  };
  const watch = (): void => {
    watchUntil = view.performance.now() + WATCH_WINDOW_MS;
    if (observer) return;
    observer = new MutationObserver(() => {
      if (view.performance.now() > watchUntil) stop();
      else scheduleCheck();
    });
    observer.observe(view.document.documentElement, { childList: true, subtree: true });
    windowTimer = setTimer(closeIfOver, WATCH_WINDOW_MS);
  };
  return { watch, scheduleCheck, stop };
}
