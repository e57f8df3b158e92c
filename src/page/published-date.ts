// Reads when an article was published, so the engine can resolve "on Monday" and pick the version
// of a claim true at that date. Checks the metadata news sites actually emit, most reliable first.

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** Selectors of publication dates, each with the convention it serves. */
const DATE_SOURCES: [selector: string, attribute: string][] = [
  ['meta[property="article:published_time"]', 'content'], // Open Graph (BBC, Guardian, NYT)
  ['meta[name="article:published_time"]', 'content'], // same, misdeclared with name=
  ['meta[itemprop="datePublished"]', 'content'], // schema.org microdata
  ['meta[name="date"]', 'content'], // older CMSs
  ['[itemprop="datePublished"][datetime]', 'datetime'],
  ['article time[datetime]', 'datetime'], // first <time> of the story
];

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // JSON-LD is data, not code; a parse failure only means this block has no date.
    const match = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The publication day as YYYY-MM-DD, or undefined when the page does not say. */
export function readPublishedDate(doc: Document): string | undefined {
  for (const [selector, attribute] of DATE_SOURCES) {
    const value = doc.querySelector(selector)?.getAttribute(attribute) ?? '';
    const day = ISO_DAY.exec(value.trim())?.[1];
    if (day) return day;
  }
  return fromJsonLd(doc) ?? undefined;
}
