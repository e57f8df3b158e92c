// The note a marker opens: claim, what the sentence states, the sources on each side and which
// version the primary sources establish. One popover per page, in its own shadow root, placed
// below its marker inside the viewport. Callers add buttons (e.g. "Save to collection") as actions.
import type { NoteEvidence, NotePart } from '../engine/types';
import type { KeyedNote } from '../messages';
import { buildElement } from './build-element';
import { markerButton, type OpenCause } from './marker';
import { toSafeFragment } from './sanitise';
import { adoptCss, applyScheme, NOTE_CSS } from './styles';
import type { Scheme } from './theme';
import { VERDICT_LOOKS } from './verdict';

export const NOTE_TAG = 'crosscheck-note';

/** A button a caller adds to every note; `run` gets the note shown and may return what happened
 *  ("Saved to your collection."), which the note announces in its status line. */
export interface NoteAction {
  label: string;
  run(note: KeyedNote): void | string | Promise<void | string>;
}

/** Gap between marker and note, and the margin kept from the viewport edge (CSS pixels). */
const GAP_PX = 6;
const EDGE_PX = 8;
/** How long a hover-opened note stays after the pointer leaves, so it can be reached (ms). */
const HOVER_CLOSE_MS = 300;

interface Box {
  left: number;
  top: number;
  bottom: number;
}

/**
 * Top-left and height limit (viewport px) for a panel of `size` next to `anchor`: below it when it
 * fits or when below has the most room, else above; shifted and capped to stay on screen.
 */
export function placeBelow(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; maxHeight: number } {
  const left = Math.max(EDGE_PX, Math.min(anchor.left, viewport.width - size.width - EDGE_PX));
  const below = viewport.height - EDGE_PX - (anchor.bottom + GAP_PX);
  const above = anchor.top - GAP_PX - EDGE_PX;
  if (size.height <= below || below >= above) {
    return { left, top: anchor.bottom + GAP_PX, maxHeight: Math.max(below, 0) };
  }
  const height = Math.min(size.height, above);
  return { left, top: anchor.top - GAP_PX - height, maxHeight: above };
}

/** Only web links become anchors; anything else (javascript:, data:) stays plain text. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function renderEvidence(doc: Document, evidence: NoteEvidence): HTMLElement {
  const href = safeHref(evidence.url);
  const quote = buildElement(doc, 'blockquote');
  quote.append(toSafeFragment(doc, `“${evidence.quote}”`));
  return buildElement(
    doc,
    'li',
    {},
    buildElement(
      doc,
      'p',
      { class: 'meta' },
      buildElement(doc, 'strong', {}, evidence.publisher),
      ` · ${evidence.date}`,
      evidence.kind === 'primary-document' ? ' · primary source' : '',
      ` · says: ${evidence.version}`,
    ),
    quote,
    href
      ? buildElement(
          doc,
          'a',
          { href, target: '_blank', rel: 'noopener noreferrer' },
          `Read at ${evidence.publisher}`,
        )
      : null,
  );
}

function renderEvidenceList(doc: Document, title: string, items: NoteEvidence[]): HTMLElement[] {
  if (items.length === 0) return [];
  return [
    buildElement(doc, 'h3', {}, title),
    buildElement(doc, 'ul', {}, ...items.map((item) => renderEvidence(doc, item))),
  ];
}

/**
 * The note's content as a detached `.note` element (role=dialog, labelled by its verdict heading).
 * All strings go in as text; quotes pass through the sanitiser.
 */
export function renderNote(
  doc: Document,
  note: KeyedNote,
  actions: readonly NoteAction[],
  onClose: () => void,
): HTMLElement {
  const look = VERDICT_LOOKS[note.verdict];
  const titleId = `crosscheck-note-title-${note.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const close = buildElement(
    doc,
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close note' },
    '×',
  );
  close.addEventListener('click', onClose);
  const status = buildElement(doc, 'p', { class: 'status', role: 'status' });
  const announce = (message: void | string): void => {
    if (message) status.textContent = message;
  };
  const actionBar = actions.length
    ? buildElement(
        doc,
        'div',
        { class: 'actions' },
        ...actions.map((action) => {
          const button = buildElement(doc, 'button', { type: 'button' }, action.label);
          button.addEventListener('click', () => {
            Promise.resolve()
              .then(() => action.run(note))
              .then(announce, (error: unknown) =>
                announce(
                  `${action.label} failed: ${error instanceof Error ? error.message : String(error)}`,
                ),
              );
          });
          return button;
        }),
        status,
      )
    : null;
  return buildElement(
    doc,
    'div',
    {
      class: 'note',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': titleId,
      tabindex: '-1',
      'data-verdict': note.verdict,
      'data-note-id': note.id,
    },
    buildElement(
      doc,
      'div',
      { class: 'bar' },
      buildElement(doc, 'h2', { id: titleId }, `${look.symbol} ${look.label} — Crosscheck note`),
      close,
    ),
    buildElement(doc, 'h3', {}, 'Claim'),
    buildElement(doc, 'p', { class: 'statement' }, note.statement),
    buildElement(doc, 'h3', {}, 'This sentence states'),
    buildElement(
      doc,
      'p',
      { class: 'stated' },
      note.stated ?? 'No specific value; it restates the claim.',
    ),
    note.established ? buildElement(doc, 'h3', {}, 'The primary sources establish') : null,
    note.established ? buildElement(doc, 'p', { class: 'established' }, note.established) : null,
    ...renderEvidenceList(doc, 'Corroborating sources', note.corroborating),
    ...renderEvidenceList(doc, 'Conflicting sources', note.conflicting),
    ...renderEvidenceList(doc, 'This article (not counted as a source)', note.inThisArticle ?? []),
    ...otherParts(note).map((part) => renderPart(doc, part)),
    actionBar,
  );
}

/** The claims the sentence states besides the one the note leads with. */
function otherParts(note: KeyedNote): NotePart[] {
  return (note.parts ?? []).filter((part) => part.claim !== note.claim);
}

/** A further claim of the same sentence: its verdict, what the sentence says and the sources. */
function renderPart(doc: Document, part: NotePart): HTMLElement {
  const look = VERDICT_LOOKS[part.verdict];
  return buildElement(
    doc,
    'section',
    { class: 'part', 'data-verdict': part.verdict },
    buildElement(doc, 'h3', {}, `Also in this sentence: ${look.symbol} ${look.label}`),
    buildElement(doc, 'p', { class: 'statement' }, part.statement),
    buildElement(doc, 'p', { class: 'stated' }, `This sentence states: ${part.stated ?? '—'}`),
    part.established
      ? buildElement(doc, 'p', { class: 'established' }, `Established: ${part.established}`)
      : null,
    ...renderEvidenceList(doc, 'Corroborating sources', part.corroborating),
    ...renderEvidenceList(doc, 'Conflicting sources', part.conflicting),
  );
}

export interface NotePopover {
  /** Shows `note` below the marker `host`; keyboard and click opens move focus into the note. */
  open(host: HTMLElement, note: KeyedNote, cause: OpenCause, scheme: Scheme): void;
  /** Hides the note; with `restoreFocus` focus goes back to the marker that opened it. */
  close(restoreFocus: boolean): void;
  /** The pointer left the marker of a hover-opened note. */
  leaveMarker(host: HTMLElement): void;
  /** Id of the note shown, or null when closed. */
  openId(): string | null;
  /** Removes the popover host from the page. */
  remove(): void;
}

/** The page's one note popover; every listener ends with `signal`. */
export function createNotePopover(
  doc: Document,
  actions: readonly NoteAction[],
  signal: AbortSignal,
): NotePopover {
  const view = doc.defaultView;
  let host: HTMLElement | null = null;
  let panel: HTMLElement | null = null;
  let marker: HTMLElement | null = null;
  let pinned = false;
  let hoverTimer = 0;

  const ensureHost = (): ShadowRoot => {
    if (host?.isConnected && host.shadowRoot) return host.shadowRoot;
    host = doc.createElement(NOTE_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptCss(shadow, NOTE_CSS);
    (doc.body ?? doc.documentElement).append(host);
    return shadow;
  };

  const position = (): void => {
    if (!panel || !marker || !view) return;
    const anchor = marker.getBoundingClientRect();
    // Measure at full height, then cap it to the room found (the note scrolls inside).
    panel.style.maxHeight = '';
    const size = panel.getBoundingClientRect();
    const { left, top, maxHeight } = placeBelow(anchor, size, {
      width: view.innerWidth,
      height: view.innerHeight,
    });
    panel.style.left = `${left}px`;
    panel.style.top = `${top}px`;
    panel.style.maxHeight = `${maxHeight}px`;
  };

  const close = (restoreFocus: boolean): void => {
    view?.clearTimeout(hoverTimer);
    if (!panel) return;
    panel.remove();
    panel = null;
    const opener = marker;
    marker = null;
    pinned = false;
    const button = opener ? markerButton(opener) : null;
    button?.setAttribute('aria-expanded', 'false');
    if (restoreFocus) button?.focus();
  };

  const scheduleHoverClose = (): void => {
    if (pinned || !view) return;
    view.clearTimeout(hoverTimer);
    hoverTimer = view.setTimeout(() => close(false), HOVER_CLOSE_MS);
  };

  const open = (opener: HTMLElement, note: KeyedNote, cause: OpenCause, scheme: Scheme): void => {
    view?.clearTimeout(hoverTimer);
    if (marker === opener && panel) {
      // A click on the marker of an open note pins it (or closes it when already pinned).
      if (cause === 'hover') return;
      if (pinned) return close(true);
      pinned = true;
      panel.focus();
      return;
    }
    close(false);
    const shadow = ensureHost();
    if (host) applyScheme(host, scheme);
    marker = opener;
    pinned = cause !== 'hover';
    panel = renderNote(doc, note, actions, () => close(true));
    // Follow the article's font size so the note scales with the text it annotates.
    if (view) panel.style.fontSize = view.getComputedStyle(opener).fontSize;
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close(true);
      }
    });
    panel.addEventListener('mouseenter', () => view?.clearTimeout(hoverTimer));
    panel.addEventListener('mouseleave', scheduleHoverClose);
    shadow.append(panel);
    position();
    markerButton(opener)?.setAttribute('aria-expanded', 'true');
    // Focus makes a screen reader announce the dialog once, with its verdict heading.
    if (pinned) panel.focus();
  };

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && panel) close(true);
    },
    { signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!panel) return;
      const path = event.composedPath();
      if (!path.includes(panel) && !(marker && path.includes(marker))) close(false);
    },
    { signal, capture: true },
  );
  view?.addEventListener('scroll', position, { signal, passive: true, capture: true });
  view?.addEventListener('resize', position, { signal, passive: true });
  signal.addEventListener('abort', () => {
    close(false);
    host?.remove();
  });

  return {
    open,
    close,
    leaveMarker: (opener) => {
      if (opener === marker) scheduleHoverClose();
    },
    openId: () => panel?.getAttribute('data-note-id') ?? null,
    remove: () => {
      close(false);
      host?.remove();
      host = null;
    },
  };
}
