// What "Check selection" shows when the selection matches no claim: a short inline notice after the
// selection, in its own shadow root, announced politely and gone on click, Escape or the next check.
import { t } from '../i18n';
import { buildElement } from './build-element';
import { adoptCss, applyScheme, SELECTION_NOTICE_CSS } from './styles';
import { detectScheme } from './theme';
import { placeMarker } from './place-marker';

export const NOTICE_TAG = 'crosscheck-notice';

/** Inserts the notice at `end` (a collapsed range) and returns its host. */
export function showSelectionNotice(
  doc: Document,
  end: Range,
  message: string,
  signal: AbortSignal,
): HTMLElement {
  const host = doc.createElement(NOTICE_TAG);
  applyScheme(host, detectScheme(end.startContainer.parentElement ?? doc.body));
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(shadow, SELECTION_NOTICE_CSS);
  const close = buildElement(
    doc,
    'button',
    { type: 'button', 'aria-label': t('dismissNotice') },
    '×',
  );
  // The Escape listener lives as long as the notice: it goes with the dismissal, with the session,
  // or at the first key press after someone else removed the host (the next "Check selection").
  const dismissed = new AbortController();
  const dismiss = (): void => {
    host.remove();
    dismissed.abort();
  };
  close.addEventListener('click', dismiss);
  shadow.append(buildElement(doc, 'span', { role: 'status' }, message), close);
  placeMarker(end, host);
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!host.isConnected || event.key === 'Escape') dismiss();
    },
    { signal: AbortSignal.any([signal, dismissed.signal]) },
  );
  return host;
}
