// Decides light or dark for our notes from the page itself: its computed background where it sets
// one, else the reader's prefers-color-scheme.

export type Scheme = 'light' | 'dark';

/** Parses `rgb(a)` as computed styles return it; null for transparent or anything else. */
function parseOpaqueRgb(color: string): [number, number, number] | null {
  const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!match) return null;
  const alpha =
    match[4] === undefined ? 1 : parseFloat(match[4]) / (match[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 black to 1 white. */
function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Below this luminance a background reads as dark (mid-grey #777 is about 0.18). */
const DARK_LUMINANCE = 0.2;

/** The scheme of the page behind `element`: the first opaque background up the tree decides. */
export function detectScheme(element: Element): Scheme {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node && view; node = node.parentElement) {
    const rgb = parseOpaqueRgb(view.getComputedStyle(node).backgroundColor);
    if (rgb) return luminance(rgb) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
