// What the stage-1 topic check reads of a page: the title, description, headline and opening
// paragraphs, where a treaty article names its subject. It runs on every page (in the page's own
// world, src/annotator/topic-probe.ts), so it reads a bounded sample with a few native calls.

/** How many paragraphs of the page the stage-1 check reads, after the title, description and
 *  headline: a treaty article names its subject there. Reading `body.textContent` instead cost
 *  5-30 ms on the large real pages (it copies every script's text) and a TreeWalker over the body
 *  2-6 ms from the isolated world; native querySelector calls stay well under 1 ms
 *  (bench/page-cost.mjs). */
const SAMPLE_PARAGRAPHS = 12;
/** The title, description, headline and opening paragraphs of the page, which stage 1 reads. */
export function pageSample(doc: Document): string {
  const parts = [
    doc.title,
    doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
    doc.getElementsByTagName('h1')[0]?.textContent ?? '',
  ];
  // One selector walk that stops at the first match, then a live collection, evaluated only as far
  // as the items read: on a large page a fraction of the full walks querySelectorAll('p') or one
  // lookup per tag would make (bench/page-cost.mjs).
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  const paragraphs = root?.getElementsByTagName('p');
  for (let i = 0; paragraphs && i < SAMPLE_PARAGRAPHS; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    parts.push(paragraph.textContent ?? '');
  }
  return parts.join('\n');
}
