// The isolated half's working part, loaded on demand: on a treaty page (the stage-1 probe's cue,
// src/annotator/topic-probe.ts) or when the popup or the background wakes a page without notes
// (src/content/wake-hook.ts). It starts the notes, which check the topic again here before loading
// the article-notes bundle, and answers messages (src/content/collection-bridge.ts). On every other
// page it is never loaded. Built as an ES module.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerMessages } from '../src/content/collection-bridge';
import { createPageContext } from '../src/page/page-context';
import { startArticleNotes } from '../src/annotator/start-article-notes';

/** The started content script, as the thin script that loaded it sees it. */
export interface ContentMain {
  /** Starts answering messages (once); false once the extension is gone. */
  connect(): boolean;
}

export interface ContentMainModule {
  /** Starts the notes on `doc`; null when the extension was reloaded or disabled. */
  startContent(doc: Document): ContentMain | null;
}

function startContent(doc: Document): ContentMain | null {
  const view = doc.defaultView;
  if (!view) return null;
  const ctx = createPageContext(view);
  if (ctx.isInvalid) return null;
  let answering = false;
  const connect = (): boolean => {
    if (ctx.isInvalid) return false;
    if (!answering) answerMessages(doc, handle, ctx.signal);
    answering = true;
    return true;
  };
  // Messages are answered from the first notes on, or once woken.
  const handle = startArticleNotes(ctx, { onReport: () => void connect() });
  return { connect };
}

export default defineUnlistedScript((): ContentMainModule => ({ startContent }));
