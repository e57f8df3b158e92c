// The Firefox suite's network record, read back: what tried to leave the machine, and from where.
// The local proxy (local-site.mjs) sees every off-machine request Firefox sends, whoever made it;
// BiDi network events say which tab a request was made in (a page's, or one of the extension's
// pages), but carry no initiator stack, and the extension's background script has no tab at all.

/** The tabs (by path) whose BiDi record holds a request the proxy saw as `method url`. */
function tabsAsking(tabs, method, url) {
  // A CONNECT names only host:port; the tab's record has the whole https:// (or upgraded) URL.
  const host = url.replace(/:\d+$/, '');
  const matches =
    method === 'CONNECT'
      ? (asked) => /^https?:/.test(asked) && new URL(asked).hostname === host
      : (asked) => asked === url;
  return tabs.filter((tab) => tab.requests.some(matches)).map((tab) => tab.path);
}

/**
 * One sentence for each request that reached the proxy, saying where it was made: in a tab (by its
 * page, a content script, or one of the extension's pages) or outside any tab (the background
 * script, or the browser itself, whose own services the suite configures away). The served pages
 * are confined to the local server (local-site.mjs), so none of these is a page's own. A tab's
 * request that never reached the proxy never left: Firefox reports a frame's navigation before the
 * page's CSP refuses it. An empty list means nothing tried to leave the machine.
 */
export function offMachineRequests({ offMachine, tabs }) {
  const findings = offMachine.map(({ method, url }) => {
    const where = tabsAsking(tabs, method, url);
    return `${method} ${url} reached the proxy, asked for ${where.length ? `in ${where.join(', ')}` : 'outside any tab'}`;
  });
  return [...new Set(findings)];
}
