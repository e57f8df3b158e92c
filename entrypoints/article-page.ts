// The content script on every page: a stage-1 topic check and, on treaty articles only, the notes.
// An unlisted script declared in the manifest (wxt.config.ts) rather than a defineContentScript
// entrypoint, so it runs without WXT's ContentScriptContext (src/page/page-context.ts says why).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageContext } from '../src/page/page-context';
import { startArticleNotes, type ArticleNotesHandle } from '../src/page/start-article-notes';
// The message bridge and the "Save to collection" note action import no engine or UI library, so
// the cost on unrelated pages stays small.
import { answerMessages, reportCounts, saveNoteAction } from '../src/content/collection-bridge';
import { exposeWakeHook } from '../src/content/wake-hook';

export default defineUnlistedScript(() => {
  const ctx = createPageContext(window);
  let handle: ArticleNotesHandle | null = null;
  let answering = false;
  // Messages are answered from the first notes on, or once the popup or background wakes us.
  const connect = (): boolean => {
    if (ctx.isInvalid || !handle) return false;
    if (!answering) answerMessages(document, handle, ctx.signal);
    answering = true;
    return true;
  };
  handle = startArticleNotes(ctx, {
    actions: [saveNoteAction(document, () => handle)],
    onReport: (report) => {
      connect();
      reportCounts(report);
    },
  });
  exposeWakeHook(globalThis, connect);
});
