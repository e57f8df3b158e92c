// W3C Web Annotation export (JSON-LD): the collection as one AnnotationCollection whose single page
// embeds every item, so annotation tools (Hypothesis, Recogito, IIIF viewers…) can read it.
// Model: https://www.w3.org/TR/annotation-model/ ; vocabulary context: http://www.w3.org/ns/anno.jsonld
import { sortItems } from './export-json';
import { itemSources, type ItemSource } from './item-sources';
import type { SavedItem } from './saved-item';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'tagging' | 'assessing' | 'describing';
}

/** A source: its link, and its stance and kind in `label` (the model has no term for a stance). */
interface LinkBody {
  type: 'SpecificResource';
  source: string;
  purpose: 'linking';
  label: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'highlighting';
  created: string;
  body: (TextualBody | LinkBody)[];
  target: {
    source: string;
    selector: [{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

function textBody(value: string, purpose: TextualBody['purpose']): TextualBody {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

/** "agrees · primary source · ICBL, 2025-06-27: “quote”": stance first, as a reader filters on it. */
export function sourceLabel(source: ItemSource): string {
  const kind = source.primary ? 'primary source' : 'secondary source';
  return `${source.stance} · ${kind} · ${source.publisher}, ${source.date}: “${source.quote}”`;
}

function sourceBody(source: ItemSource): LinkBody | TextualBody {
  // Pack sources all have https URLs (a pack test checks); one without stays as text, not dropped.
  return source.url
    ? {
        type: 'SpecificResource',
        source: source.url,
        purpose: 'linking',
        label: sourceLabel(source),
      }
    : textBody(sourceLabel(source), 'describing');
}

/**
 * One item as an Annotation; the verdict becomes an "assessing" body, each source (once) a "linking"
 * one. The target has a TextQuoteSelector only: the saved offsets count from the extension's
 * extracted article text, not the document text the model's TextPositionSelector refers to, and a
 * saved item keeps nothing to convert them with, so a position would send other tools astray.
 */
export function toWebAnnotation(item: SavedItem): WebAnnotation {
  const body: WebAnnotation['body'] = [];
  const claim = item.claim;
  if (claim) {
    const statement = claim.statement ? `: ${claim.statement}` : '';
    body.push(textBody(`${claim.verdict} (claim ${claim.id})${statement}`, 'assessing'));
    body.push(...itemSources(claim).map(sourceBody));
  }
  if (item.comment) body.push(textBody(item.comment, 'commenting'));
  for (const tag of item.tags) body.push(textBody(tag, 'tagging'));
  const { quote } = item.target;
  return {
    id: `urn:uuid:${item.id}`,
    type: 'Annotation',
    motivation: claim ? 'assessing' : 'highlighting',
    created: item.savedAt,
    body,
    target: {
      source: item.target.source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
      ],
    },
  };
}

/**
 * The whole collection; `collectionId` must be an IRI (the model requires one) and defaults to a
 * fresh `urn:uuid:`, since an exported file has no URL of its own.
 */
export function exportWebAnnotation(
  items: readonly SavedItem[],
  now: Date = new Date(),
  collectionId = `urn:uuid:${crypto.randomUUID()}`,
): string {
  const annotations = sortItems(items).map(toWebAnnotation);
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Crosscheck collection',
    total: annotations.length,
    generated: now.toISOString(),
    first: {
      id: `${collectionId}#page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations,
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
