// Single-page-app route changes, seen from either world. The history API fires no event a content
// script can hear, and single-page apps retitle the page as they change route, so a change in
// <head> is the cue to compare URLs; back and forward fire popstate. The first read of
// window.navigation from the isolated world cost about 2 ms per page and a 1 s URL poll about 0.1 ms
// per tick (bench/page-cost.mjs); a <head> observer costs nothing until the head changes.

/** Calls `onChange` once per URL change; returns a function that stops observing. */
export function observeRouteChanges(view: Window, onChange: () => void): () => void {
  const doc = view.document;
  let last = view.location.href;
  const compare = (): void => {
    const url = view.location.href;
    if (url === last) return;
    last = url;
    onChange();
  };
  const head = new MutationObserver(compare);
  head.observe(doc.head ?? doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  view.addEventListener('popstate', compare);
  return () => {
    head.disconnect();
    view.removeEventListener('popstate', compare);
  };
}
