// The lazily loaded half of the content script (see src/annotator/start-article-notes.ts): the bundled
// pack, the engine, DOMPurify, the note UI, the "Save to collection" action and the badge count.
// Built as an ES module; its default export is the API.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import bundled from '../assets/claims/landmine-treaty.json';
import type { Pack } from '../src/claims/schema';
import { reportCounts, saveNoteAction } from '../src/content/collection-bridge';
import { runArticleNotes, type ArticleNotes } from '../src/annotator/article-notes';
import type { ArticleNotesModule } from '../src/annotator/start-article-notes';
import { loadActivePacks } from '../src/store/pack-store';

// The bundled pack is validated by its tests (tests/claims) at build time, so no second pass here;
// imported packs are validated on import and again when read (pack-store).
const BUNDLED = [bundled as Pack];

export default defineUnlistedScript((): ArticleNotesModule => ({
  run: async (doc, signal, options) => {
    // Unreadable settings must not cost the reader their notes: fall back to the bundled pack.
    const packs = await loadActivePacks(BUNDLED).catch(() => BUNDLED);
    let session: ArticleNotes | null = null;
    session = runArticleNotes(doc, packs, signal, {
      ...options,
      actions: [saveNoteAction(doc, () => session), ...(options.actions ?? [])],
      onReport: (report) => {
        reportCounts(report); // the badge
        options.onReport?.(report);
      },
    });
    return session;
  },
}));
