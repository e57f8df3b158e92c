// The page-level summary placed above the article (so it never covers text): "7 notes: ✓ 5
// corroborated, ✗ 2 conflicting", previous/next, and switches to hide notes on this page or site.
import type { Verdict } from '../engine/types';
import { t, tCount } from '../i18n';
import { buildElement } from './build-element';
import { adoptCss, applyScheme, SUMMARY_CSS } from './styles';
import type { Scheme } from './theme';
import { VERDICT_LOOKS } from './verdict';
import { verdictCount } from './verdict-label';

/** Every string the summary shows, from the message catalogue. */
const TEXT = {
  notes: (total: number) => tCount('notes', total),
  /** One symbol and one word per verdict, as on the markers and in the notes: "✓ 5 corroborated"
   *  ("✓ підтверджено: 5"). */
  count: (verdict: Verdict, count: number) =>
    `${VERDICT_LOOKS[verdict].symbol} ${verdictCount(verdict, count)}`,
  counts: (notes: string, parts: string[]) =>
    parts.length ? `${notes}: ${parts.join(', ')}` : notes,
  region: () => t('summaryRegion'),
  hidden: () => t('summaryHidden'),
  shown: (counts: string) => t('summaryShown', counts),
  previousLabel: () => t('summaryPreviousLabel'),
  previous: () => t('summaryPrevious'),
  nextLabel: () => t('summaryNextLabel'),
  next: () => t('summaryNext'),
  hideOnPage: () => t('hideOnPage'),
  hideOnSite: () => t('hideOnSite'),
};

export const SUMMARY_TAG = 'crosscheck-summary';

export interface SummaryState {
  counts: Record<Verdict, number>;
  hiddenOnPage: boolean;
  hiddenOnSite: boolean;
}

export interface SummaryHandlers {
  step(direction: 1 | -1): void;
  setHidden(scope: 'page' | 'site', hidden: boolean): void;
}

const ORDER: Verdict[] = ['corroborated', 'conflicting', 'mixed'];

/** "7 notes: ✓ 5 corroborated, ✗ 2 conflicting" (zero counts left out; "1 note" singular). */
export function describeCounts(counts: Record<Verdict, number>): string {
  const total = ORDER.reduce((sum, verdict) => sum + counts[verdict], 0);
  const parts = ORDER.filter((verdict) => counts[verdict] > 0).map((verdict) =>
    TEXT.count(verdict, counts[verdict]),
  );
  return TEXT.counts(TEXT.notes(total), parts);
}

function renderSwitch(
  doc: Document,
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
): HTMLLabelElement {
  const input = buildElement(doc, 'input', { type: 'checkbox' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return buildElement(doc, 'label', {}, input, label);
}

/** Renders (or re-renders) the summary into `host`, creating its shadow root on first use. */
export function renderSummary(
  host: HTMLElement,
  state: SummaryState,
  scheme: Scheme,
  handlers: SummaryHandlers,
): void {
  const doc = host.ownerDocument;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  adoptCss(shadow, SUMMARY_CSS);
  applyScheme(host, scheme);
  const hidden = state.hiddenOnPage || state.hiddenOnSite;
  const step = (direction: 1 | -1, label: string, symbol: string): HTMLButtonElement => {
    const button = buildElement(doc, 'button', { type: 'button', 'aria-label': label }, symbol);
    button.addEventListener('click', () => handlers.step(direction));
    return button;
  };
  const panel = buildElement(
    doc,
    'div',
    { class: 'summary', role: 'region', 'aria-label': TEXT.region() },
    buildElement(
      doc,
      'span',
      { class: 'count' },
      hidden ? TEXT.hidden() : TEXT.shown(describeCounts(state.counts)),
    ),
    hidden ? null : step(-1, TEXT.previousLabel(), TEXT.previous()),
    hidden ? null : step(1, TEXT.nextLabel(), TEXT.next()),
    renderSwitch(doc, TEXT.hideOnPage(), state.hiddenOnPage, (checked) =>
      handlers.setHidden('page', checked),
    ),
    renderSwitch(doc, TEXT.hideOnSite(), state.hiddenOnSite, (checked) =>
      handlers.setHidden('site', checked),
    ),
  );
  shadow.replaceChildren(panel);
}

/** A new, empty summary host. */
export function createSummaryHost(doc: Document): HTMLElement {
  return doc.createElement(SUMMARY_TAG);
}
