// Puts a marker host into the page right after its sentence. The one place that inserts into the
// page's own text flow; it splits a text node only when a sentence ends mid-node.

/**
 * The node the marker goes right after, or null when the sentence ends inside a text node (which
 * must be split first). A sentence ending inside a link gets its marker after the link, so
 * clicking the marker never follows the link.
 */
export function markerAnchor(range: Range): Node | null {
  const { endContainer, endOffset } = range;
  let node: Node;
  if (endContainer.nodeType === 3) {
    if (endOffset < (endContainer as Text).length) return null;
    node = endContainer;
  } else {
    const child = endContainer.childNodes[endOffset - 1];
    if (!child) return null;
    node = child;
  }
  const link = node.parentElement?.closest('a');
  if (link) return link;
  return node;
}

/** Whether `marker` already sits where `range`'s marker belongs. */
export function isMarkerAt(range: Range, marker: Element): boolean {
  const anchor = markerAnchor(range);
  return anchor !== null && anchor.nextSibling === marker;
}

/** Inserts (or moves) `marker` to just after the sentence in `range`. */
export function placeMarker(range: Range, marker: Element): void {
  let anchor = markerAnchor(range);
  if (!anchor) {
    // Split so the sentence's text node ends where the sentence does; live ranges stay correct.
    (range.endContainer as Text).splitText(range.endOffset);
    anchor = markerAnchor(range);
  }
  anchor?.parentNode?.insertBefore(marker, anchor.nextSibling);
}
