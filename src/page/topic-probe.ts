// Stage 1 of the content script, run in the page's own (main) world on every page. Reading a page
// from the extension's isolated world costs that world's DOM wrappers: the same sample read cost
// 2.6-3.0 ms there against 1.3-1.6 ms here (bench/page-cost.mjs, A/B of both on six real pages).
// So the probe reads the sample here and watches for late content and route changes; the isolated
// world only listens for one event (entrypoints/article-page.ts).
//
// The page can see and disturb code in its own world, so the probe holds nothing worth taking: it
// reads, runs the topic check and, on a treaty page, fires TOPIC_EVENT. The isolated side takes
// that only as a cue: it checks the topic again where the page cannot reach, so a page that fires
// the event itself gains nothing. A page that breaks its own DOM methods can hide from the probe,
// as it could hide its text; "Check this page anyway" in the popup still works there.
import { quickTopicCheck } from '../engine/detect';
import { pageSample } from './page-sample';

/** Fired on the window, cancelable: the isolated side cancels it to say it took over the page. */
export const TOPIC_EVENT = 'crosscheck:treaty-page';
/** Quiet time after page mutations before checking again for a late article (ms). */
const RECHECK_DEBOUNCE_MS = 500;
/**
 * How long after load or a route change the probe keeps watching for a late article (ms): enough
 * for slow client-rendered pages (the e2e "late article" arrives after 2 s), and unrelated pages
 * are left with no observer of their body afterwards.
 */
const WATCH_WINDOW_MS = 15_000;
/**
 * How often the probe fires the event before giving up when nobody takes it. Nobody does when the
 * extension was reloaded or disabled (its old isolated listener declines), so the probe then stops.
 */
const HANDOVER_TRIES = 3;
const HANDOVER_RETRY_MS = 1_000;

export interface TopicProbe {
  /** Disconnects every observer and timer. */
  stop(): void;
}

/** Starts the probe: checks now, then after late content and route changes, until handed over. */
export function startTopicProbe(view: Window): TopicProbe {
  const doc = view.document;
  let stopped = false;
  let recheckTimer = 0;
  let handoverTimer = 0;
  let handoverTries = 0;
  let watchUntil = 0;
  let lastUrl = view.location.href;
  let bodyObserver: MutationObserver | null = null;

  const stopWatchingBody = (): void => {
    bodyObserver?.disconnect();
    bodyObserver = null;
  };

  const handOver = (): void => {
    if (stopped) return;
    const taken = !view.dispatchEvent(new CustomEvent(TOPIC_EVENT, { cancelable: true }));
    handoverTries += 1;
    if (taken || handoverTries >= HANDOVER_TRIES) stop();
    else handoverTimer = view.setTimeout(handOver, HANDOVER_RETRY_MS);
  };

  const check = (): void => {
    if (stopped || handoverTries > 0) return;
    if (quickTopicCheck(pageSample(doc))) handOver();
  };

  const scheduleCheck = (): void => {
    view.clearTimeout(recheckTimer);
    recheckTimer = view.setTimeout(check, RECHECK_DEBOUNCE_MS);
  };

  /** Watches the whole document for a while: articles that render after load. */
  const watchBody = (): void => {
    watchUntil = view.performance.now() + WATCH_WINDOW_MS;
    if (bodyObserver) return;
    bodyObserver = new MutationObserver(() => {
      if (view.performance.now() > watchUntil) return stopWatchingBody();
      scheduleCheck();
    });
    bodyObserver.observe(doc.documentElement, { childList: true, subtree: true });
  };

  // Single-page apps change the URL with the history API, which fires no event, and retitle the
  // page as they do; a change in <head> is the cue to compare URLs. Back and forward fire popstate.
  const compareUrl = (): void => {
    const url = view.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    // The new route renders after the URL changes: check once it settles, and watch a while.
    scheduleCheck();
    watchBody();
  };
  const headObserver = new MutationObserver(compareUrl);
  headObserver.observe(doc.head ?? doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  view.addEventListener('popstate', compareUrl);

  function stop(): void {
    stopped = true;
    stopWatchingBody();
    headObserver.disconnect();
    view.removeEventListener('popstate', compareUrl);
    view.clearTimeout(recheckTimer);
    view.clearTimeout(handoverTimer);
  }

  check();
  if (!stopped) watchBody();
  return { stop };
}
