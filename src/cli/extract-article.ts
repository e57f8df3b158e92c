// Article text from saved HTML for the command line: Readability finds the article body (it is the
// maintained answer to "which part of this page is the article"), linkedom gives it a DOM in Node.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  title: string;
  /** Blocks (paragraphs, headings, list items) separated by blank lines. */
  text: string;
  /** YYYY-MM-DD from the page's metadata, when it has one. */
  publishedDate?: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dd, dt';

/** Text of an element with one block per paragraph, so headings never run into the next sentence. */
function blockText(root: ParentNode): string {
  const blocks: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    // A block inside another block (a <p> in a <blockquote>) is read with its parent's text.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  return blocks.join('\n\n');
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="dc.date"]',
  'time[datetime]',
];

/** The page's own statement of when it was published, as YYYY-MM-DD. */
function publishedDateOf(
  document: Document,
  readabilityTime: string | null | undefined,
): string | undefined {
  const candidates = [readabilityTime ?? ''];
  for (const selector of DATE_SELECTORS) {
    const element = document.querySelector(selector);
    candidates.push(element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? '');
  }
  for (const candidate of candidates) {
    const match = /\b(\d{4}-\d{2}-\d{2})/.exec(candidate);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Extracts the article of an HTML page; falls back to the whole body when Readability finds none. */
export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const date = publishedDateOf(document as unknown as Document, null);
  const parsed = new Readability(document.cloneNode(true) as unknown as Document).parse();
  const title = parsed?.title ?? document.title ?? '';
  if (parsed?.content) {
    const { document: content } = parseHTML(
      `<!doctype html><html><body>${parsed.content}</body></html>`,
    );
    const text = blockText(content.body as unknown as ParentNode) || (parsed.textContent ?? '');
    return {
      title,
      text,
      publishedDate: publishedDateOf(document as unknown as Document, parsed.publishedTime) ?? date,
    };
  }
  return { title, text: blockText(document.body as unknown as ParentNode), publishedDate: date };
}
