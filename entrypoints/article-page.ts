// The content script on every page: a stage-1 topic check and, on treaty articles only, the notes.
// An unlisted script declared in the manifest (wxt.config.ts) rather than a defineContentScript
// entrypoint, so it runs without WXT's ContentScriptContext (src/page/page-context.ts says why).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { exposeWakeHook } from '../src/content/wake-hook';
import { importExtensionModule } from '../src/page/extension-module';
import { createPageContext } from '../src/page/page-context';
import { startArticleNotes, type ArticleNotesHandle } from '../src/page/start-article-notes';
import type { ContentBridgeModule } from './content-bridge';

export default defineUnlistedScript(() => {
  const ctx = createPageContext(window);
  let handle: ArticleNotesHandle | null = null;
  let answering: Promise<boolean> | null = null;
  // Messages are answered from the first notes on, or once the popup or background wakes us; the
  // code that answers them loads only then.
  const connect = (): Promise<boolean> => {
    if (ctx.isInvalid || !handle) return Promise.resolve(false);
    const notes = handle;
    answering ??= importExtensionModule<ContentBridgeModule>('/content-bridge.js').then(
      (bridge) => {
        bridge.answerMessages(document, notes, ctx.signal);
        return true;
      },
      () => {
        answering = null; // try again when next asked
        return false;
      },
    );
    return answering;
  };
  handle = startArticleNotes(ctx, { onReport: () => void connect() });
  exposeWakeHook(globalThis, connect);
});
