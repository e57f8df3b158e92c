// An inverted index with BM25 scoring: it finds candidate claims for a sentence by touching only the
// postings of the sentence's terms, so cost grows with the pack's vocabulary overlap, not its size.

/** BM25 term-frequency saturation; the textbook value, unchanged by tuning on bench/ and eval. */
const K1 = 1.2;
/** BM25 length normalisation; the textbook value. */
const B = 0.75;

export interface IndexedDocument {
  /** Which group (claim) the document belongs to. */
  group: number;
  /** Multiplier on the document's score (claim statement vs paraphrase vs title). */
  weight: number;
  terms: string[];
}

export interface Bm25Index {
  documents: IndexedDocument[];
  postings: Map<string, Array<{ doc: number; tf: number }>>;
  idf: Map<string, number>;
  lengths: Float64Array;
  averageLength: number;
  /** Documents per script: a pack's Ukrainian and Russian wording must not change English IDF. */
  documentsByScript: Record<Script, number>;
}

type Script = 'latin' | 'cyrillic';

function scriptOf(term: string): Script {
  return /^[\u0400-\u04ff]/.test(term) ? 'cyrillic' : 'latin';
}

/** A document's script: that of most of its terms. */
function documentScript(terms: string[]): Script {
  const cyrillic = terms.filter((term) => scriptOf(term) === 'cyrillic').length;
  return cyrillic * 2 > terms.length ? 'cyrillic' : 'latin';
}

function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Builds the index in one pass over the documents. */
export function buildBm25Index(documents: IndexedDocument[]): Bm25Index {
  const postings = new Map<string, Array<{ doc: number; tf: number }>>();
  const lengths = new Float64Array(documents.length);
  let total = 0;
  documents.forEach((document, doc) => {
    lengths[doc] = document.terms.length;
    total += document.terms.length;
    for (const [term, tf] of countTerms(document.terms)) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, tf });
    }
  });
  const n = documents.length;
  // IDF counts the documents of the term's own script, so adding translations leaves every
  // English score as it was.
  const documentsByScript: Record<Script, number> = { latin: 0, cyrillic: 0 };
  for (const document of documents) documentsByScript[documentScript(document.terms)] += 1;
  const idf = new Map<string, number>();
  for (const [term, list] of postings) {
    const m = Math.max(documentsByScript[scriptOf(term)], list.length);
    idf.set(term, Math.log(1 + (m - list.length + 0.5) / (list.length + 0.5)));
  }
  return { documents, postings, idf, lengths, averageLength: n ? total / n : 0, documentsByScript };
}

/** Inverse document frequency of a term; an unseen term gets the rarest possible value. */
export function idfOf(index: Bm25Index, term: string): number {
  return index.idf.get(term) ?? Math.log(1 + (index.documentsByScript[scriptOf(term)] + 0.5) / 0.5);
}

/**
 * Best BM25 score per group for the query terms, highest first, at most `limit` groups.
 * An empty list means no document shares a term with the query.
 */
export function searchBm25(
  index: Bm25Index,
  queryTerms: string[],
  limit: number,
): Array<{ group: number; score: number }> {
  const docScores = new Map<number, number>();
  for (const [term, queryTf] of countTerms(queryTerms)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = idfOf(index, term);
    for (const { doc, tf } of list) {
      const norm = 1 - B + (B * (index.lengths[doc] ?? 0)) / (index.averageLength || 1);
      const score = (idf * tf * (K1 + 1)) / (tf + K1 * norm);
      docScores.set(doc, (docScores.get(doc) ?? 0) + score * Math.min(queryTf, 2));
    }
  }
  const groupScores = new Map<number, number>();
  for (const [doc, score] of docScores) {
    const document = index.documents[doc];
    if (!document) continue;
    const weighted = score * document.weight;
    if (weighted > (groupScores.get(document.group) ?? 0))
      groupScores.set(document.group, weighted);
  }
  return [...groupScores]
    .map(([group, score]) => ({ group, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
