// The lazily loaded half of the content script (see src/page/start-article-notes.ts): the bundled
// pack, the engine, DOMPurify and the note UI. Built as an ES module; its default export is the API.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import pack from '../assets/claims/landmine-treaty.json';
import type { Pack } from '../src/claims/schema';
import { runArticleNotes } from '../src/page/article-notes';
import type { ArticleNotesModule } from '../src/page/start-article-notes';

export default defineUnlistedScript((): ArticleNotesModule => ({
  // The pack is validated by its own tests (tests/claims); no schema code ships to the page.
  run: (doc, signal, options) => runArticleNotes(doc, pack as Pack, signal, options),
}));
