// The note a marker opens. It leads with one plain sentence (what this sentence says, and what the
// primary sources establish), then the sources grouped by what they say: primary sources, reports
// that agree, reports that disagree, and this article itself, never counted for itself. One popover
// per page, in its own shadow root at the reader's own font size, placed below its marker inside
// the viewport and clear of the summary bar. Callers add buttons (e.g. "Save") as actions.
import type { NoteEvidence, NotePart, Verdict } from '../engine/types';
import { t, type MessageKey } from '../i18n';
import type { KeyedNote } from '../messages';
import { buildElement } from './build-element';
import { markerButton, type OpenCause } from './marker';
import { toSafeFragment } from './sanitise';
import { adoptCss, applyScheme, NOTE_CSS } from './styles';
import { SUMMARY_TAG } from './summary-panel';
import type { Scheme } from './theme';
import { shownStatement, translatedLabel, type LabelTexts } from './statement';
import { VERDICT_LOOKS } from './verdict';

/** Every string the note shows, from the message catalogue (values are the article's own words
 *  or the pack's version labels, which are data and stay as written). */
const TEXT = {
  title: (verdict: Verdict) =>
    t('noteTitle', VERDICT_LOOKS[verdict].symbol, VERDICT_LOOKS[verdict].label),
  close: () => t('noteClose'),
  claim: (statement: string) => t('noteClaim', statement),
  leadRight: (said: string) => t('leadRight', said),
  leadRightFor: (said: string, when: string) => t('leadRightFor', said, when),
  leadRestates: () => t('leadRestates'),
  leadAgrees: (label: string) => t('leadAgrees', label),
  leadEstablished: (said: string, established: string) => t('leadEstablished', said, established),
  leadSourcesEstablish: (said: string, established: string) =>
    t('leadSourcesEstablish', said, established),
  leadSourcesSay: (said: string, others: string) => t('leadSourcesSay', said, others),
  leadNotHeld: (said: string) => t('leadNotHeld', said),
  leadAtOdds: (established: string) => t('leadAtOdds', established),
  leadMixed: (said: string) => t('leadMixed', said),
  leadMixedNoValue: () => t('leadMixedNoValue'),
  or: () => ` ${t('leadOr')} `,
  primary: () => t('primarySource'),
  agrees: () => t('sourceAgrees'),
  disagrees: () => t('sourceDisagrees'),
  says: (version: string) => t('sourceSays', version),
  denies: (version: string) => t('sourceDenies', version),
  readAt: (publisher: string) => t('readAt', publisher),
  alsoInSentence: (verdict: Verdict) =>
    t('alsoInSentence', VERDICT_LOOKS[verdict].symbol, VERDICT_LOOKS[verdict].label),
  actionFailed: (label: string, message: string) => t('actionFailed', label, message),
  /** The article's own words inside a lead ("«18 вересня 1997 року»"; English runs them in). */
  quoted: (text: string) => t('quotedValue', text),
};
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
 * fits or when below has the most room, else above; shifted and capped to stay on screen. A box to
 * `avoid` (the summary bar) that the panel would cover next to the anchor is passed over, as if it
 * were part of the anchor.
 */
export function placeBelow(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid?: { top: number; bottom: number } | null,
): { left: number; top: number; maxHeight: number } {
  let { top: anchorTop, bottom: anchorBottom } = anchor;
  if (avoid && avoid.bottom > avoid.top) {
    if (avoid.top >= anchorTop && avoid.top < anchorBottom + GAP_PX + size.height)
      anchorBottom = Math.max(anchorBottom, avoid.bottom);
    if (avoid.bottom <= anchorBottom && avoid.bottom > anchorTop - GAP_PX - size.height)
      anchorTop = Math.min(anchorTop, avoid.top);
  }
  const left = Math.max(EDGE_PX, Math.min(anchor.left, viewport.width - size.width - EDGE_PX));
  const below = viewport.height - EDGE_PX - (anchorBottom + GAP_PX);
  const above = anchorTop - GAP_PX - EDGE_PX;
  if (size.height <= below || below >= above) {
    return { left, top: anchorBottom + GAP_PX, maxHeight: Math.max(below, 0) };
  }
  const height = Math.min(size.height, above);
  return { left, top: anchorTop - GAP_PX - height, maxHeight: above };
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

/** Source kinds that are the record itself rather than a report of it. */
const PRIMARY_KINDS = new Set(['primary-document', 'official-statement']);

/** A count or figure with nothing after it yet ("164", "six"): its noun follows in the sentence. */
const ENDS_IN_NUMBER =
  /(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million))$/i;
/** Words that end a figure's noun phrase ("six months after notification" stops at "after"). */
const PHRASE_END =
  /^(?:after|before|over|in|on|of|to|from|for|and|or|but|the|a|an|that|which|who|by|with|at|since|as|is|are|was|were|be|been|has|have|had|will|would)$/i;
/** How many words after a bare figure are taken as its noun ("160 signatory countries"). */
const FIGURE_NOUN_WORDS = 2;

function lower(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/** `needle` as the sentence writes it, or null when the sentence does not contain it. */
function findWritten(sentence: string, needle: string): string | null {
  const at = lower(sentence).indexOf(lower(needle).trim());
  if (at === -1 || !needle.trim()) return null;
  let end = at + needle.trim().length;
  if (ENDS_IN_NUMBER.test(sentence.slice(at, end))) {
    const rest = /^((?:\s+\p{L}+(?![\p{L}-])){1,2})/u.exec(sentence.slice(end))?.[1] ?? '';
    const words = rest.trim().split(/\s+/).filter(Boolean);
    const noun = words.slice(0, FIGURE_NOUN_WORDS);
    const stop = noun.findIndex((word) => PHRASE_END.test(word));
    const kept = stop === -1 ? noun : noun.slice(0, stop);
    if (kept.length) end = sentence.indexOf(kept.at(-1)!, end) + kept.at(-1)!.length;
  }
  return sentence.slice(at, end);
}

/**
 * What the sentence states, as written in it: the engine's `stated` is folded ("monday", "six",
 * "finland, estonia"), so it is looked up case-insensitively in the sentence (a list item by item).
 * A stated version label that the sentence does not contain is already a proper label and stays.
 */
export function writtenForm(stated: string, sentence: string): string {
  const whole = findWritten(sentence, stated);
  if (whole) return whole;
  const items = stated.split(/\s*,\s*/);
  if (items.length > 1) {
    const found = items.map((item) => findWritten(sentence, item));
    if (found.every((item): item is string => item !== null)) return found.join(', ');
  }
  return stated;
}

/** A version label as running text: "on Sunday (29 June 2025)" → "Sunday 29 June 2025". */
function properLabel(label: string): string {
  return label.replace(/^on\s+/i, '').replace(/^(\p{L}+day) \((\d{1,2} \p{L}+ \d{4})\)$/u, '$1 $2');
}

/** A version label for display: the pack's translation for the interface language, else proper. */
function labelShown(label: string, part: LabelTexts): string {
  return translatedLabel(label, part) ?? properLabel(label);
}

function sameValue(a: string, b: string): boolean {
  const [x, y] = [lower(properLabel(a)), lower(properLabel(b))];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** "June 2025" ("червень 2025") for 2025-06-30, in the interface language; null when `date`
 *  is not YYYY-MM-DD. */
function monthYear(date: string): string | null {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) return null;
  // Month and year only: Ukrainian's "р." (year) is the catalogue's to write, in its own case.
  return new Intl.DateTimeFormat(t('languageTag'), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .formatToParts(new Date(Date.UTC(Number(match[1]), month - 1, 1)))
    .filter((part) => part.type === 'month' || part.type === 'year')
    .map((part) => part.value)
    .join(' ');
}

/** The label of the version the agreeing sources assert (the version this sentence states). */
function supportedVersion(part: NotePart): string | null {
  const asserting = part.corroborating.find((e) => e.stance === 'asserts');
  return (asserting ?? part.corroborating[0])?.version ?? null;
}

function hasPrimary(part: NotePart): boolean {
  return [...part.corroborating, ...part.conflicting].some((e) => PRIMARY_KINDS.has(e.kind));
}

/**
 * The note's first sentence: what this sentence says (as written, or as the pack labels it) and
 * what the sources establish. `published` (YYYY-MM-DD) names the time a version held when it is
 * not the one established today: "164 states parties; that is right for June 2025".
 */
export function leadSentence(part: NotePart, sentence: string, published?: string): string {
  const version = supportedVersion(part);
  let said = part.stated === null ? null : writtenForm(part.stated, sentence);
  // A bare figure reads better as the version it matches: "164" → "164 states parties".
  if (said && version && part.verdict === 'corroborated' && /^[\d,.]+$/.test(said.trim()))
    said = lower(version).startsWith(lower(said)) ? labelShown(version, part) : said;
  const established = part.established ? properLabel(part.established) : null;
  const establishedShown = part.established ? labelShown(part.established, part) : null;
  // Quoted only when these are the sentence's own words, not a pack label standing in for them,
  // which is shown in the interface language.
  const shown = (value: string) =>
    lower(sentence).includes(lower(value))
      ? TEXT.quoted(value)
      : (translatedLabel(value, part) ?? value);
  switch (part.verdict) {
    case 'corroborated': {
      if (!said || !part.stated) return TEXT.leadRestates();
      // A version label the sentence does not contain ("quote confirmed") is the sources' finding,
      // not the sentence's words.
      if (said === part.stated && !findWritten(sentence, part.stated))
        return TEXT.leadAgrees(labelShown(said, part));
      const when = published ? monthYear(published) : null;
      const ofThen = version && established && when && !sameValue(version, established);
      return ofThen ? TEXT.leadRightFor(shown(said), when) : TEXT.leadRight(shown(said));
    }
    case 'conflicting': {
      if (!said) return TEXT.leadAtOdds(establishedShown ?? shownStatement(part));
      if (
        established &&
        establishedShown &&
        !sameValue(said, established) &&
        !sameValue(part.stated ?? '', established)
      )
        return hasPrimary(part)
          ? TEXT.leadEstablished(shown(said), establishedShown)
          : TEXT.leadSourcesEstablish(shown(said), establishedShown);
      const others = [
        ...new Set(
          part.conflicting
            .filter((e) => e.stance === 'asserts' && !sameValue(e.version, part.stated ?? ''))
            .map((e) => labelShown(e.version, part)),
        ),
      ];
      return others.length
        ? TEXT.leadSourcesSay(shown(said), others.slice(0, 2).join(TEXT.or()))
        : TEXT.leadNotHeld(shown(said));
    }
    case 'mixed':
      return said ? TEXT.leadMixed(shown(said)) : TEXT.leadMixedNoValue();
  }
}

export type SourceGroupKind = 'primary' | 'agree' | 'disagree' | 'this-article';

/** One source in a group; `agrees` is null for this article, which is not counted either way. */
export interface GroupedEvidence {
  evidence: NoteEvidence;
  agrees: boolean | null;
}

export interface SourceGroup {
  kind: SourceGroupKind;
  items: GroupedEvidence[];
}

/** Origin and path, so a link with a tracking query or a fragment is still the same article. */
function pageKey(url: string): string | null {
  const href = safeHref(url);
  if (!href) return null;
  const { origin, pathname } = new URL(href);
  return `${origin}${pathname.replace(/\/$/, '')}`;
}

/**
 * The part's sources in the order a reader weighs them: primary sources (agreeing first), reports
 * that agree, reports that disagree, then this article. Evidence the engine found quoted in the
 * article, or whose link is the page being read (`pageUrl`), is this article, never support for
 * itself. Empty groups are left out.
 */
export function groupSources(part: NotePart, pageUrl?: string): SourceGroup[] {
  const here = pageUrl ? pageKey(pageUrl) : null;
  const isHere = (e: NoteEvidence) => here !== null && pageKey(e.url) === here;
  const counted = [
    ...part.corroborating.map((evidence) => ({ evidence, agrees: true })),
    ...part.conflicting.map((evidence) => ({ evidence, agrees: false })),
  ].filter((item) => !isHere(item.evidence));
  const primary = (item: GroupedEvidence) => PRIMARY_KINDS.has(item.evidence.kind);
  const groups: SourceGroup[] = [
    { kind: 'primary', items: counted.filter(primary) },
    { kind: 'agree', items: counted.filter((item) => !primary(item) && item.agrees) },
    { kind: 'disagree', items: counted.filter((item) => !primary(item) && !item.agrees) },
    {
      kind: 'this-article',
      items: [
        ...(part.inThisArticle ?? []),
        ...[...part.corroborating, ...part.conflicting].filter(isHere),
      ].map((evidence) => ({ evidence, agrees: null })),
    },
  ];
  return groups.filter((group) => group.items.length > 0);
}

const GROUP_TITLES: Record<SourceGroupKind, MessageKey> = {
  primary: 'groupPrimary',
  agree: 'groupAgree',
  disagree: 'groupDisagree',
  'this-article': 'groupThisArticle',
};

function renderEvidence(
  doc: Document,
  item: GroupedEvidence,
  group: SourceGroupKind,
  labels: LabelTexts,
): HTMLElement {
  const { evidence } = item;
  const href = safeHref(evidence.url);
  const quote = buildElement(doc, 'blockquote');
  quote.append(toSafeFragment(doc, `“${evidence.quote}”`));
  const says = evidence.stance === 'denies' ? TEXT.denies : TEXT.says;
  return buildElement(
    doc,
    'li',
    { 'data-stance': evidence.stance },
    buildElement(
      doc,
      'p',
      { class: 'meta' },
      buildElement(doc, 'strong', {}, evidence.publisher),
      evidence.date ? ` · ${evidence.date}` : '',
      PRIMARY_KINDS.has(evidence.kind) && group !== 'primary' ? ` · ${TEXT.primary()}` : '',
      group === 'primary' && item.agrees !== null
        ? ` · ${item.agrees ? TEXT.agrees() : TEXT.disagrees()}`
        : '',
    ),
    buildElement(doc, 'p', { class: 'says' }, says(labelShown(evidence.version, labels))),
    quote,
    href
      ? buildElement(
          doc,
          'a',
          { href, target: '_blank', rel: 'noopener noreferrer' },
          TEXT.readAt(evidence.publisher),
        )
      : null,
  );
}

function renderGroups(doc: Document, part: NotePart, pageUrl: string | undefined): HTMLElement[] {
  return groupSources(part, pageUrl).flatMap((group) => [
    buildElement(doc, 'h3', {}, t(GROUP_TITLES[group.kind])),
    buildElement(
      doc,
      'ul',
      { 'data-group': group.kind },
      ...group.items.map((item) => renderEvidence(doc, item, group.kind, part)),
    ),
  ]);
}

/** Where the note is read: the page's address and date, for "this article" and "right for June". */
export interface NoteContext {
  pageUrl?: string;
  /** YYYY-MM-DD, when the page gives one. */
  publishedDate?: string;
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
  context: NoteContext = {},
): HTMLElement {
  const titleId = `crosscheck-note-title-${note.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const close = buildElement(
    doc,
    'button',
    { type: 'button', class: 'close', 'aria-label': TEXT.close() },
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
                  TEXT.actionFailed(
                    action.label,
                    error instanceof Error ? error.message : String(error),
                  ),
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
      buildElement(doc, 'h2', { id: titleId }, TEXT.title(note.verdict)),
      close,
    ),
    buildElement(
      doc,
      'p',
      { class: 'lead' },
      leadSentence(note, note.sentence, context.publishedDate),
    ),
    buildElement(doc, 'p', { class: 'statement' }, TEXT.claim(shownStatement(note))),
    ...renderGroups(doc, note, context.pageUrl),
    ...otherParts(note).map((part) => renderPart(doc, part, note.sentence, context)),
    actionBar,
  );
}

/** The claims the sentence states besides the one the note leads with. */
function otherParts(note: KeyedNote): NotePart[] {
  return (note.parts ?? []).filter((part) => part.claim !== note.claim);
}

/** A further claim of the same sentence: its verdict, its own lead sentence and its sources. */
function renderPart(
  doc: Document,
  part: NotePart,
  sentence: string,
  context: NoteContext,
): HTMLElement {
  return buildElement(
    doc,
    'section',
    { class: 'part', 'data-verdict': part.verdict },
    buildElement(doc, 'h3', { class: 'part-title' }, TEXT.alsoInSentence(part.verdict)),
    buildElement(doc, 'p', { class: 'lead' }, leadSentence(part, sentence, context.publishedDate)),
    buildElement(doc, 'p', { class: 'statement' }, TEXT.claim(shownStatement(part))),
    ...renderGroups(doc, part, context.pageUrl),
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
  context: () => NoteContext = () => ({ pageUrl: doc.URL }),
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
    // Our own summary bar: a note opened on a headline would otherwise lie over it.
    const summary = doc.querySelector(SUMMARY_TAG)?.getBoundingClientRect() ?? null;
    const { left, top, maxHeight } = placeBelow(
      anchor,
      size,
      { width: view.innerWidth, height: view.innerHeight },
      summary,
    );
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
    panel = renderNote(doc, note, actions, () => close(true), context());
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
