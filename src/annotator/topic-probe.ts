// Stage 1 of the content script, run in the page's own (main) world on every page. Reading a page
// from the extension's isolated world costs that world's DOM wrappers: the same sample read cost
// 2.5-3.0 ms there against 1.6 ms here (A/B on six real pages, thread time in Chromium traces).
// So the probe reads the sample here and watches for late content and route changes; the isolated
// world only listens for one event (entrypoints/article-page.ts).
//
// The page can see and disturb code in its own world, so the probe holds nothing worth taking: it
// reads, runs the topic check and, on a treaty page, fires TOPIC_EVENT. The isolated side takes
// that only as a cue: it checks the topic again where the page cannot reach, so a page that fires
// the event itself gains nothing. A page that breaks its own DOM methods can hide from the probe,
// as it could hide its text; "Check this page anyway" in the popup still works there. The page can
// also tell that the probe ran, as it already could by fetching our web-accessible bundles, and
// the probe's few timers go through whatever the page patched (an Angular app's zone sees them).
import { pageSample } from '../page/page-sample';
import { observeRouteChanges } from '../page/route-changes';
import { quickTopicCheck } from '../engine/detect';
import { createLateContentWatch } from './late-content-watch';

/** Fired on the window, cancelable: the isolated side cancels it to say it took over the page. */
export const TOPIC_EVENT = 'crosscheck:treaty-page';
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
  let stopped = false;
  let handoverTimer = 0;
  let handoverTries = 0;

  const handOver = (): void => {
    if (stopped) return;
    const taken = !view.dispatchEvent(new CustomEvent(TOPIC_EVENT, { cancelable: true }));
    handoverTries += 1;
    if (taken || handoverTries >= HANDOVER_TRIES) stop();
    else handoverTimer = view.setTimeout(handOver, HANDOVER_RETRY_MS);
  };
  const check = (): void => {
    if (stopped || handoverTries > 0) return;
    if (quickTopicCheck(pageSample(view.document))) handOver();
  };

  const lateContent = createLateContentWatch(view, check);
  // The new route renders after the URL changes: check once it settles, and watch a while.
  const stopRoutes = observeRouteChanges(view, () => {
    lateContent.scheduleCheck();
    lateContent.watch();
  });

  function stop(): void {
    stopped = true;
    lateContent.stop();
    stopRoutes();
    view.clearTimeout(handoverTimer);
  }

  check();
  if (!stopped) lateContent.watch();
  return { stop };
}
