// Decides light or dark for our notes from what the page really paints behind its text, not from
// the browser's setting: a white page read in a dark-mode browser is still white, so its notes are
// light; only a page that paints itself dark (or opts into the browser's dark canvas) gets dark notes.

export type Scheme = 'light' | 'dark';

type Rgb = [number, number, number];

/** Parses `rgb(a)` as computed styles return it; null for transparent or anything else. */
function parseOpaqueRgb(color: string): Rgb | null {
  const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!match) return null;
  const alpha =
    match[4] === undefined ? 1 : parseFloat(match[4]) / (match[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 black to 1 white. */
function luminance([r, g, b]: Rgb): number {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Below this luminance a background reads as dark (mid-grey #777 is about 0.18). */
const DARK_LUMINANCE = 0.2;

/** What the page tells us about the colour behind its text. */
export interface PageBackground {
  /** The computed background-color of the first element up from the text that paints one. */
  background: string | null;
  /** The root's `color-scheme` (CSS property or `<meta name="color-scheme">`), e.g. "light dark". */
  colorScheme: string;
  /** The reader's prefers-color-scheme is dark. */
  prefersDark: boolean;
}

/**
 * Light or dark for the page described. An opaque background decides by its luminance. With none
 * the browser's canvas shows through, and the canvas is white unless the page declared it can be
 * dark (`color-scheme: dark`, or `light dark` in a dark-mode browser).
 */
export function decideScheme(page: PageBackground): Scheme {
  const rgb = page.background === null ? null : parseOpaqueRgb(page.background);
  if (rgb) return luminance(rgb) < DARK_LUMINANCE ? 'dark' : 'light';
  const declared = page.colorScheme.toLowerCase().split(/\s+/);
  if (!declared.includes('dark')) return 'light';
  return declared.includes('light') && !page.prefersDark ? 'light' : 'dark';
}

/** Reads the page behind `element`: walks up to the first opaque background-color. */
function readPageBackground(element: Element): PageBackground {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  let background: string | null = null;
  for (let node: Element | null = element; node && view; node = node.parentElement) {
    const color = view.getComputedStyle(node).backgroundColor;
    if (parseOpaqueRgb(color)) {
      background = color;
      break;
    }
  }
  const root = doc.documentElement;
  // The meta tag sets the canvas scheme as the CSS property does; jsdom lacks `colorScheme`.
  const css = (view?.getComputedStyle(root) as { colorScheme?: string } | undefined)?.colorScheme;
  const meta = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content');
  return {
    background,
    colorScheme: css && css !== 'normal' ? css : (meta ?? ''),
    prefersDark: view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  };
}

/** The scheme of the page behind `element` (see `decideScheme`). */
export function detectScheme(element: Element): Scheme {
  return decideScheme(readPageBackground(element));
}
