// The content script's isolated-world half, on every page, kept to a listener. Stage 1 runs in the
// page's own world (entrypoints/topic-probe.ts, src/annotator/topic-probe.ts); this half waits for its
// cue, or for the popup or background to wake it (src/content/wake-hook.ts), and only then loads
// its working part (entrypoints/content-main.ts), so only 1 kB is compiled on every page. What
// this half still costs is its isolated world: in an A/B on six real pages, replacing it with a
// bare event listener changed nothing measurable (2.7 against 3.0 ms, within the noise).
// An unlisted script declared in the manifest (wxt.config.ts), so it runs without WXT's
// ContentScriptContext (src/page/page-context.ts says why).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { exposeWakeHook } from '../src/content/wake-hook';
import { importExtensionModule } from '../src/content/extension-module';
import { extensionRuntimeId } from '../src/page/page-context';
import { TOPIC_EVENT } from '../src/annotator/topic-probe';
import type { ContentMain, ContentMainModule } from './content-main';

export default defineUnlistedScript(() => {
  let main: Promise<ContentMain | null> | null = null;
  const start = (): Promise<ContentMain | null> =>
    (main ??= importExtensionModule<ContentMainModule>('/content-main.js').then(
      (module) => module.startContent(document),
      () => {
        main = null; // try again when next asked
        return null;
      },
    ));

  // The probe's cue. Cancelling the event tells it a live copy took over, so it stops watching; a
  // copy whose extension was reloaded or disabled declines, and the probe gives up.
  const onTreatyPage = (event: Event): void => {
    if (extensionRuntimeId() === undefined) {
      removeEventListener(TOPIC_EVENT, onTreatyPage);
      return;
    }
    event.preventDefault();
    void start();
  };
  addEventListener(TOPIC_EVENT, onTreatyPage);
  exposeWakeHook(globalThis, async () => (await start())?.connect() ?? false);
});
