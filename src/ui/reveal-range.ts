// Shows the reader a re-found sentence: scrolls it to the middle of the view and selects it. The
// selection is the browser's own mark, so nothing is written into the page's DOM.

/** Scrolls `range` into view and selects it; smooth unless the reader prefers reduced motion. */
export function revealRange(range: Range): void {
  const doc = range.startContainer.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return;
  const box = range.getBoundingClientRect();
  const reduce = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
  view.scrollTo({
    top: view.scrollY + box.top - view.innerHeight / 3,
    behavior: reduce ? 'auto' : 'smooth',
  });
  const selection = view.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
