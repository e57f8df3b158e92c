// Reads an article's visible text as one string plus a map from each string offset back to the
// (Text node, offset) it came from, so the engine sees plain text and the page gets exact Ranges.

/** Elements whose text is never article prose (scripts, controls, captions, asides, our own UI). */
export const SKIPPED_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'form',
  'footer',
  '[hidden]',
  '[aria-hidden="true"]',
  'crosscheck-marker',
  'crosscheck-summary',
  'crosscheck-note',
].join(',');

/** Elements that end a paragraph: the text on either side belongs to different sentences. */
const BLOCK_TAGS = new Set(
  'address article blockquote dd details div dl dt fieldset h1 h2 h3 h4 h5 h6 header hgroup hr li main ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** Between blocks: Intl.Segmenter treats a newline as a hard sentence break, which blocks are. */
const BLOCK_SEPARATOR = '\n\n';
/** A `<br>` inside a paragraph is a line break, not a sentence end, so it reads as a space. */
const LINE_BREAK = ' ';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** For each offset of `text`: index into `nodes`, or -1 for a separator we inserted. */
  nodeIndex: Int32Array;
  /** For each offset of `text`: the offset inside that node. */
  nodeOffset: Int32Array;
}

/** Whether an element and everything in it is left out of the article text. */
export function isSkipped(element: Element): boolean {
  return element.matches(SKIPPED_SELECTOR);
}

/**
 * Reads the text under `root` with whitespace collapsed as a browser renders it, blocks separated by
 * blank lines. Returns an empty text (never null) for an empty root.
 */
export function readText(root: Element): TextMap {
  const chars: string[] = [];
  const nodes: Text[] = [];
  const indexes: number[] = [];
  const offsets: number[] = [];
  // Start as if after a space so leading whitespace is dropped.
  let lastWasSpace = true;

  const popTrailingSpace = (): void => {
    while (chars.length > 0 && /\s/.test(chars[chars.length - 1] ?? '')) {
      chars.pop();
      indexes.pop();
      offsets.pop();
    }
  };

  const pushSeparator = (separator: string): void => {
    if (chars.length === 0) return;
    if (separator === LINE_BREAK) {
      if (lastWasSpace) return;
    } else {
      popTrailingSpace();
    }
    for (const char of separator) {
      chars.push(char);
      indexes.push(-1);
      offsets.push(0);
    }
    lastWasSpace = true;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node as Text;
      const data = text.data;
      let index = -1;
      for (let i = 0; i < data.length; i++) {
        const char = data[i] ?? '';
        const space =
          char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
        if (space && lastWasSpace) continue;
        if (index === -1) {
          index = nodes.length;
          nodes.push(text);
        }
        chars.push(space ? ' ' : char);
        indexes.push(index);
        offsets.push(i);
        lastWasSpace = space;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (isSkipped(element)) return;
    const tag = element.localName;
    if (tag === 'br') {
      pushSeparator(LINE_BREAK);
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) pushSeparator(BLOCK_SEPARATOR);
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) pushSeparator(BLOCK_SEPARATOR);
  };

  visit(root);
  popTrailingSpace();
  return {
    text: chars.join(''),
    nodes,
    nodeIndex: Int32Array.from(indexes),
    nodeOffset: Int32Array.from(offsets),
  };
}

/**
 * The DOM Range covering `text.slice(start, end)`; null when that span holds no page text (only
 * separators) or a node it maps to has left the document.
 */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  let first = start;
  while (first < end && (map.nodeIndex[first] ?? -1) < 0) first++;
  let last = end - 1;
  while (last >= first && (map.nodeIndex[last] ?? -1) < 0) last--;
  if (first > last) return null;
  const startNode = map.nodes[map.nodeIndex[first] ?? -1];
  const endNode = map.nodes[map.nodeIndex[last] ?? -1];
  if (!startNode?.isConnected || !endNode?.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, map.nodeOffset[first] ?? 0);
  range.setEnd(endNode, (map.nodeOffset[last] ?? 0) + 1);
  return range;
}
