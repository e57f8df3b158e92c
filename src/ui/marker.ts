// The inline marker after a noted sentence: a <crosscheck-marker> host (found by tests and tools
// through data-verdict / data-claim) whose shadow root holds one button. Being inline in the text,
// markers are reached with Tab in reading order and never cover the words they follow.
import { t } from '../i18n';
import type { KeyedNote } from '../messages';
import { buildElement } from './build-element';
import { adoptCss, applyScheme, MARKER_CSS } from './styles';
import type { Scheme } from './theme';
import { VERDICT_LOOKS } from './verdict';

export const MARKER_TAG = 'crosscheck-marker';

export type OpenCause = 'click' | 'keyboard' | 'hover';

export interface MarkerHandlers {
  /** The reader asked for the note (click, Enter/Space, or hover). */
  open(host: HTMLElement, cause: OpenCause): void;
  /** The pointer left the marker (a hover-opened note may close). */
  leave(host: HTMLElement): void;
}

/** The first words of a sentence, for a label that says which sentence a marker belongs to. */
function sentenceLead(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : sentence;
}

/**
 * A marker host for `note`. Custom elements are unavailable in Chrome's isolated world, so the host
 * is an undefined autonomous element: valid for attachShadow, styled only from inside.
 */
export function createMarker(
  doc: Document,
  note: KeyedNote,
  scheme: Scheme,
  handlers: MarkerHandlers,
  signal: AbortSignal,
): HTMLElement {
  const host = doc.createElement(MARKER_TAG);
  host.setAttribute('data-verdict', note.verdict);
  host.setAttribute('data-claim', note.claim);
  host.setAttribute('data-note-id', note.id);
  applyScheme(host, scheme);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(shadow, MARKER_CSS);
  const look = VERDICT_LOOKS[note.verdict];
  const button = buildElement(
    doc,
    'button',
    {
      type: 'button',
      part: 'button',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      // The accessible name ties the marker to its highlighted sentence (a highlight has no DOM node
      // for aria-describedby to point at).
      'aria-label': t('markerLabel', look.label.toLowerCase(), sentenceLead(note.sentence)),
      title: t('markerTitle', look.label),
    },
    look.symbol,
  );
  button.addEventListener(
    'click',
    (event) => {
      // Stop the page's own click handlers (e.g. a link around the sentence) seeing our clicks.
      event.stopPropagation();
      event.preventDefault();
      handlers.open(host, event.detail === 0 ? 'keyboard' : 'click');
    },
    { signal },
  );
  button.addEventListener('mouseenter', () => handlers.open(host, 'hover'), { signal });
  button.addEventListener('mouseleave', () => handlers.leave(host), { signal });
  shadow.append(button);
  return host;
}

/** The marker's button, which takes focus and carries aria-expanded. */
export function markerButton(host: Element): HTMLButtonElement | null {
  return host.shadowRoot?.querySelector('button') ?? null;
}
