// Evidence honesty: a quote that appears in the article being read is that article (or a syndicated
// copy of it) speaking, so it is shown as "this article" and never counted for or against itself.
import { foldText } from './normalise';
import type { NoteEvidence, NotePart } from './types';

/** The article being annotated, folded once per article, not once per note. */
export interface ArticleText {
  folded: string;
}

function squeeze(folded: string): string {
  return folded.replace(/\s+/g, ' ');
}

export function articleText(text: string): ArticleText {
  return { folded: squeeze(foldText(text)) };
}

/** Shorter quotes ("said on Sunday") occur in many articles by chance; they are not a copy. */
const MIN_SELF_QUOTE_LENGTH = 25;

/**
 * The evidence split into independent sources for and against, and quotes found in the article
 * itself. Without an article (a lone selection) nothing is moved.
 */
export function separateThisArticle(
  corroborating: NoteEvidence[],
  conflicting: NoteEvidence[],
  article: ArticleText | undefined,
): Pick<NotePart, 'corroborating' | 'conflicting' | 'inThisArticle'> {
  if (!article) return { corroborating, conflicting };
  const quoted = (e: NoteEvidence) => {
    const quote = squeeze(foldText(e.quote)).trim();
    return quote.length >= MIN_SELF_QUOTE_LENGTH && article.folded.includes(quote);
  };
  const inThisArticle = [...corroborating, ...conflicting].filter(quoted);
  if (!inThisArticle.length) return { corroborating, conflicting };
  return {
    corroborating: corroborating.filter((e) => !quoted(e)),
    conflicting: conflicting.filter((e) => !quoted(e)),
    inThisArticle,
  };
}
