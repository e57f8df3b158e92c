// Our CSS as constructable stylesheets: they work under a strict style-src CSP (no <style> element,
// no style attribute parsed from markup) and never leak into the page. Page rules such as
// `* { all: unset }` reach only our hosts, where `:host { … !important }` wins over them.
import type { Scheme } from './theme';

const PALETTE = `
  :host { --cc-ok: #1a7f37; --cc-bad: #c62828; --cc-mixed: #8a5a00; --cc-text: #1f2328;
    --cc-muted: #59636e; --cc-surface: #ffffff; --cc-line: #d0d7de; --cc-tint: #f6f8fa; }
  :host([data-scheme="dark"]) { --cc-ok: #3fb950; --cc-bad: #ff7b72; --cc-mixed: #e3b341;
    --cc-text: #e6edf3; --cc-muted: #9198a1; --cc-surface: #161b22; --cc-line: #3d444d; --cc-tint: #21262d; }
  :host([data-verdict="corroborated"]), [data-verdict="corroborated"] { --cc-verdict: var(--cc-ok); }
  :host([data-verdict="conflicting"]), [data-verdict="conflicting"] { --cc-verdict: var(--cc-bad); }
  :host([data-verdict="mixed"]), [data-verdict="mixed"] { --cc-verdict: var(--cc-mixed); }
`;

/** Marker: an inline pill after the sentence, sized in em so it follows the page's font size. */
export const MARKER_CSS = `${PALETTE}
  :host { display: inline !important; position: static !important; visibility: visible !important;
    opacity: 1 !important; float: none !important; margin: 0 !important; padding: 0 !important;
    border: 0 !important; width: auto !important; height: auto !important; transform: none !important; }
  button { all: initial; box-sizing: border-box; display: inline-block; cursor: pointer;
    font: 700 0.75em/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; min-width: 1.6em;
    padding: 0 0.35em; margin: 0 0 0 0.25em; border: 0.1em solid var(--cc-verdict);
    border-radius: 0.8em; color: var(--cc-verdict); background: var(--cc-surface);
    text-align: center; vertical-align: 0.1em; }
  button:hover, button[aria-expanded="true"] { background: var(--cc-tint); }
  button:focus-visible { outline: 0.15em solid var(--cc-verdict); outline-offset: 0.1em; }
`;

/**
 * Note: a popover below its marker. Its size is the reader's default text size (`medium`), never
 * the page's: a note opened on a headline must not come out at headline size.
 */
export const NOTE_CSS = `${PALETTE}
  :host { all: initial !important; display: contents !important; font-size: medium !important; }
  .note { all: initial; box-sizing: border-box; position: fixed; z-index: 2147483647;
    display: block; font: 400 medium/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
    width: max-content; max-width: min(34em, calc(100vw - 16px));
    overflow: auto; padding: 0.8em 1em; color: var(--cc-text); background: var(--cc-surface);
    border: 1px solid var(--cc-line); border-top: 0.3em solid var(--cc-verdict);
    border-radius: 0.5em; box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.25); }
  .note[hidden] { display: none; }
  .note:focus { outline: none; }
  .note:focus-visible { outline: 0.15em solid var(--cc-verdict); }
  h2 { all: unset; display: block; font-weight: 700; font-size: 1.05em; color: var(--cc-verdict); }
  h3 { all: unset; display: block; font-weight: 700; font-size: 0.85em; margin: 0.8em 0 0.2em;
    color: var(--cc-muted); text-transform: uppercase; letter-spacing: 0.04em; }
  p, blockquote, ul, li { all: unset; display: block; }
  p { margin: 0.2em 0; }
  ul { margin: 0.2em 0; }
  li { margin: 0.4em 0; padding-left: 0.6em; border-left: 0.2em solid var(--cc-line); }
  blockquote { font-style: italic; margin: 0.15em 0; }
  .lead { margin: 0.5em 0 0.3em; font-size: 1em; }
  .statement { color: var(--cc-muted); font-size: 0.9em; }
  .meta { color: var(--cc-muted); font-size: 0.9em; }
  .says { font-size: 0.9em; }
  li[data-stance="denies"] .says { font-weight: 700; }
  .part { display: block; margin-top: 1em; padding-top: 0.6em; border-top: 1px solid var(--cc-line); }
  .part-title { color: var(--cc-verdict); text-transform: none; letter-spacing: 0; }
  a { color: inherit; text-decoration: underline; }
  a:focus-visible, button:focus-visible { outline: 0.15em solid var(--cc-verdict); }
  .bar { display: flex; gap: 0.5em; align-items: baseline; justify-content: space-between; }
  .actions { display: flex; gap: 0.5em; margin-top: 0.8em; flex-wrap: wrap; }
  .status { margin: 0; align-self: center; color: var(--cc-muted); }
  button { all: initial; font: inherit; cursor: pointer; color: var(--cc-text); padding: 0.15em 0.6em;
    border: 1px solid var(--cc-line); border-radius: 0.3em; background: var(--cc-tint); }
  button.close { border: 0; background: none; font-size: 1.2em; line-height: 1; padding: 0 0.2em; }
`;

/** Page summary: a line above the article, never over it. */
export const SUMMARY_CSS = `${PALETTE}
  :host { display: block !important; position: static !important; visibility: visible !important;
    opacity: 1 !important; float: none !important; margin: 0 0 1em !important; padding: 0 !important;
    border: 0 !important; width: auto !important; height: auto !important; }
  .summary { all: initial; box-sizing: border-box; display: flex; flex-wrap: wrap; gap: 0.4em 0.8em;
    align-items: center; font: 400 0.8em/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
    color: var(--cc-text); background: var(--cc-tint); border: 1px solid var(--cc-line);
    border-radius: 0.4em; padding: 0.4em 0.7em; }
  .count { font-weight: 700; }
  button { all: initial; font: inherit; cursor: pointer; color: var(--cc-text); padding: 0.1em 0.5em;
    border: 1px solid var(--cc-line); border-radius: 0.3em; background: var(--cc-surface); }
  button:focus-visible, input:focus-visible { outline: 0.15em solid var(--cc-muted); }
  label { display: inline-flex; gap: 0.3em; align-items: center; cursor: pointer; }
  input { margin: 0; }
`;

/** "Check selection" found nothing: an inline line of text after the selection, never over it. */
export const SELECTION_NOTICE_CSS = `${PALETTE}
  :host { display: inline !important; position: static !important; visibility: visible !important;
    opacity: 1 !important; float: none !important; margin: 0 0 0 0.3em !important;
    padding: 0.05em 0.4em !important; border: 1px solid var(--cc-line) !important;
    border-radius: 0.4em !important; background: var(--cc-tint) !important; }
  span { all: initial; font: 400 0.8em/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
    color: var(--cc-text); }
  button { all: initial; cursor: pointer; color: var(--cc-muted); padding: 0 0.3em;
    font: 700 0.9em/1 system-ui, sans-serif; }
  button:focus-visible { outline: 0.15em solid var(--cc-muted); }
`;

/** Highlight colours live in the page's own sheet: ::highlight() paints page text. */
export const HIGHLIGHT_CSS = `
  ::highlight(crosscheck-corroborated) { background-color: rgb(46 160 67 / 0.16); }
  ::highlight(crosscheck-conflicting) { background-color: rgb(248 81 73 / 0.18); }
  ::highlight(crosscheck-mixed) { background-color: rgb(210 153 34 / 0.2); }
`;

const sheets = new Map<string, CSSStyleSheet>();

/** One shared sheet per CSS text; null where constructable sheets are missing (old engines, jsdom). */
export function constructSheet(css: string): CSSStyleSheet | null {
  const cached = sheets.get(css);
  if (cached) return cached;
  if (typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype))
    return null;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
    return sheet;
  } catch {
    return null;
  }
}

/** Adopts `css` into a shadow root (or the document) once. */
export function adoptCss(target: ShadowRoot | Document, css: string): void {
  const sheet = constructSheet(css);
  if (!sheet || !('adoptedStyleSheets' in target)) return;
  if (!target.adoptedStyleSheets.includes(sheet)) {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }
}

/** Sets a host's scheme attribute, read by the palette. */
export function applyScheme(host: Element, scheme: Scheme): void {
  host.setAttribute('data-scheme', scheme);
}
