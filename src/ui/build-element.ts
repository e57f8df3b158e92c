// Creates elements with text set through `textContent` only, so no string from a page or a pack is
// ever parsed as HTML (Trusted Types pages stay happy; payloads stay text).

type Child = Node | string | null | undefined | false;

/** An element with attributes (strings only) and children; strings become text nodes. */
export function buildElement<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    // append() turns a string into a Text node: it is never parsed as markup.
    element.append(child);
  }
  return element;
}
