// The content script on every page: a stage-1 topic check and, on treaty articles only, the notes.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startArticleNotes, type ArticleNotesHandle } from '../../src/page/start-article-notes';
// Added by the issue-5 helper (report, collection): the message bridge and the "Save to collection"
// note action. It imports no engine or UI library, so the cost on unrelated pages stays tiny.
import { answerMessages, reportCounts, saveNoteAction } from '../../src/content/collection-bridge';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let handle: ArticleNotesHandle | null = null;
    handle = startArticleNotes(ctx, {
      actions: [saveNoteAction(document, () => handle)],
      onReport: reportCounts,
    });
    answerMessages(document, handle, ctx.signal);
  },
});
