// The one module that imports DOMPurify. Notes set text with textContent; this is only for the rare
// pack string that carries emphasis markup (<em>, <q>), turned into a fragment without ever
// assigning an HTML string to the page (Trusted Types pages forbid that).
import DOMPurify from 'dompurify';

/** Inline tags a quoted passage may keep; everything else is reduced to its text. */
const ALLOWED_TAGS = ['em', 'strong', 'i', 'b', 'q', 'cite', 'br'];

/** Whether a string contains anything that looks like a tag; plain text skips DOMPurify. */
function looksLikeMarkup(text: string): boolean {
  return /<[a-z!/]/i.test(text);
}

/**
 * A fragment for `text` owned by `doc`: plain text becomes one Text node; markup keeps only
 * ALLOWED_TAGS with no attributes. Never returns script, event handlers, links or styles.
 */
export function toSafeFragment(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  if (!looksLikeMarkup(text)) {
    fragment.append(text);
    return fragment;
  }
  const clean = DOMPurify.sanitize(text, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [],
    RETURN_DOM_FRAGMENT: true,
  });
  fragment.append(doc.importNode(clean, true));
  return fragment;
}
