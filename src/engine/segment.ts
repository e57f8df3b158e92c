// Splits article text into sentences with offsets. Intl.Segmenter does the bulk; the fixes below
// cover what it gets wrong in news copy (abbreviations, initials, headings without a full stop).

export interface Sentence {
  /** Offsets into the text given to segmentSentences; `text.slice(start, end) === this.text`. */
  start: number;
  end: number;
  text: string;
}

/** Words after which a full stop does not end a sentence in news copy. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'maj',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'no',
  'vs',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'art',
  // Ukrainian and Russian: million, thousand, billion, hryvnia, rouble, article, see, year(s).
  'млн',
  'млрд',
  'тис',
  'тыс',
  'грн',
  'руб',
  'ст',
  'див',
  'см',
  'р',
  'рр',
  'г',
  'гг',
]);

/** Whether a segment's text ends with something that only looks like a sentence end. */
function endsWithFalseStop(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const lastWord = /(\S+)\.$/.exec(trimmed)?.[1] ?? '';
  // Dotted acronyms such as U.S. or U.N. end a sentence only when the next segment starts a new
  // one; we keep them joined unless the next text is clearly a new sentence (checked by caller).
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(lastWord)) return true;
  // A single capital letter: an initial ("Max H. Smith").
  if (/^[A-Z]$/.test(lastWord)) return true;
  return ABBREVIATIONS.has(lastWord.toLowerCase().replace(/^[("'\u2018\u201C]+/, ''));
}

/** Whether text begins like a new sentence would after a dotted acronym ("U.S. The …"). */
function startsNewSentenceAfterAcronym(previous: string, next: string): boolean {
  const lastWord = /(\S+)\.\s*$/.exec(previous)?.[1] ?? '';
  if (!/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(lastWord)) return false;
  return /^\s*(?:The|It|He|She|They|We|In|On|But|And|A|This|That|Its)\b/.test(next);
}

const segmenterCache: { segmenter?: Intl.Segmenter } = {};

function sentenceSegmenter(): Intl.Segmenter {
  segmenterCache.segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenterCache.segmenter;
}

function trimToSentence(text: string, start: number, end: number): Sentence | null {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** Splits one block (a paragraph or heading: no line breaks inside) into sentences. */
function segmentBlock(text: string, blockStart: number, blockEnd: number): Sentence[] {
  const block = text.slice(blockStart, blockEnd);
  const pieces: Array<{ start: number; end: number }> = [];
  for (const { index, segment } of sentenceSegmenter().segment(block)) {
    const start = blockStart + index;
    const end = start + segment.length;
    const previous = pieces[pieces.length - 1];
    if (
      previous &&
      endsWithFalseStop(text.slice(previous.start, previous.end)) &&
      !startsNewSentenceAfterAcronym(text.slice(previous.start, previous.end), segment)
    ) {
      previous.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  return pieces
    .flatMap((piece) => splitBeforeFigure(text, piece.start, piece.end))
    .map((piece) => trimToSentence(text, piece.start, piece.end))
    .filter((s): s is Sentence => s !== null);
}

/**
 * A full stop after a word, then a sentence that opens with a figure ("… of war. 90% of the victims
 * were civilians"): Intl.Segmenter keeps the two together, as if the figure went on the sentence.
 */
const STOP_BEFORE_FIGURE = /(\p{L}{2,})[.!?]\s+(?=\d)/gu;

function splitBeforeFigure(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  const piece = text.slice(start, end);
  let from = 0;
  for (const match of piece.matchAll(STOP_BEFORE_FIGURE)) {
    if (ABBREVIATIONS.has(match[1]!.toLowerCase())) continue;
    const cut = match.index + match[0].length;
    pieces.push({ start: start + from, end: start + cut });
    from = cut;
  }
  pieces.push({ start: start + from, end });
  return pieces;
}

/**
 * Sentences of `text` in order. Line breaks end a sentence (headings, captions and list items
 * often have no full stop). An empty or blank text gives an empty list.
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineBreak = /\n+/g;
  let blockStart = 0;
  for (let match = lineBreak.exec(text); ; match = lineBreak.exec(text)) {
    const blockEnd = match ? match.index : text.length;
    if (blockEnd > blockStart) sentences.push(...segmentBlock(text, blockStart, blockEnd));
    if (!match) break;
    blockStart = match.index + match[0].length;
  }
  return sentences;
}
