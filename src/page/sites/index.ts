// Per-site article roots, for layouts the generic scoring gets wrong. Each selector names its site.
// Empty for now: the generic scoring finds the body on every page in tests/fixtures/unrelated-pages
// (see tests/page/article-root.test.ts); add an entry here with a fixture page when a site needs one.

interface SiteRule {
  /** Host suffix the rule applies to. */
  host: string;
  /** Selector of the article body on that site's current layout. */
  selector: string;
}

const SITE_RULES: SiteRule[] = [];

/** The article body for a site with a known layout, or null to use the generic scoring. */
export function siteArticleRoot(doc: Document): Element | null {
  const host = doc.location?.hostname ?? '';
  for (const rule of SITE_RULES) {
    if (host === rule.host || host.endsWith(`.${rule.host}`)) {
      const root = doc.querySelector(rule.selector);
      if (root) return root;
    }
  }
  return null;
}
