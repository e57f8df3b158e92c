// The one message protocol between the content script, the background, the popup and extension pages.
// Every message is named by its direction; payloads are plain JSON (ids, offsets, strings), never DOM
// nodes or Error objects. Receivers check the sender before acting (see `isTrustedSender`).
import { browser, type Browser } from 'wxt/browser';
import type { Note, TopicResult } from './engine/types';
import type { ItemDraft } from './store/create-item';
import type { SavedItem, TextPositionSelector, TextQuoteSelector } from './store/saved-item';
import type { StoreResult } from './store/store-error';

/**
 * The engine's note plus the stable id the page gives it (src/annotator/note-keys.ts): what the
 * page's markers show and what the report lists. It lives here, not with the annotator, because
 * the id crosses the protocol (the popup reveals a note by it) and src/ui renders it.
 */
export interface KeyedNote extends Note {
  /** `claim:sentence-hash#occurrence`: unchanged when text before the sentence changes. */
  id: string;
}

/** Everything the popup shows and copies about one tab. */
export interface PageReport {
  url: string;
  title: string;
  /** ISO date-time of the check. */
  checkedAt: string;
  /** The article's publication day (YYYY-MM-DD) as the page states it; null when it does not. */
  published: string | null;
  /** Whether the page was detected as a treaty article, with the reasons. */
  topic: TopicResult;
  /** True when the user asked to check a page that was not detected ("Check this page anyway"). */
  forced: boolean;
  /** Packs the notes were matched against. */
  packs: { id: string; version: string }[];
  notes: KeyedNote[];
}

/** What became of a "Check selection" or "Save selection" request, for the background to log. */
export interface SelectionOutcome {
  /** False when nothing was selected on the page. */
  selected: boolean;
  /** The claim id the selection matched; null when it matched none. */
  claim: string | null;
}

/** Where a saved item's sentence is now on its page. */
export interface RevealOutcome {
  /** False when the quote no longer occurs on the page (the article changed or moved). */
  found: boolean;
}

/**
 * The protocol: for each message, its payload and its reply. One sentence each says when it is sent.
 */
export interface Protocol {
  /** The content script's notes changed (first check, late content, SPA navigation): badge update. */
  'content→background:report': { payload: { count: number; conflicts: number }; reply: void };
  /** The reader pressed "Save to collection" in a note, or saved a selection: store this item. */
  'content→background:save-item': {
    payload: { draft: ItemDraft };
    reply: StoreResult<{ item: SavedItem; duplicate: boolean }>;
  };
  /** The popup opened: give the current report (null while the page has not been checked). */
  'popup→content:get-report': { payload: Record<string, never>; reply: PageReport | null };
  /** The user clicked a sentence in the popup: scroll to that note and open it. */
  'popup→content:reveal-note': { payload: { noteId: string }; reply: RevealOutcome };
  /** "Check this page anyway" on a page that was not detected: annotate it regardless (null: cannot). */
  'popup→content:check-anyway': { payload: Record<string, never>; reply: PageReport | null };
  /** Context menu "Check selection": match the current selection and show a note beside it. */
  'background→content:check-selection': {
    payload: { text: string };
    reply: SelectionOutcome;
  };
  /** Context menu "Save selection": save the current selection (with its match, if any). */
  'background→content:save-selection': { payload: { text: string }; reply: SelectionOutcome };
  /** A collection item was opened: find its quote on the page, scroll to it and mark it. */
  'background→content:reveal-quote': {
    payload: { quote: TextQuoteSelector; position: TextPositionSelector };
    reply: RevealOutcome;
  };
  /** The collection page asks to open an item's page at its sentence. */
  'page→background:open-item': {
    payload: { itemId: string };
    reply: RevealOutcome & { message: string };
  };
}

export type MessageType = keyof Protocol;
export type Payload<T extends MessageType> = Protocol[T]['payload'];
export type Reply<T extends MessageType> = Protocol[T]['reply'];

/** The envelope on the wire. */
export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}

type Direction = 'content→background' | 'popup→content' | 'background→content' | 'page→background';

function directionOf(type: MessageType): Direction {
  return type.slice(0, type.indexOf(':')) as Direction;
}

/** Sends a message to the background (from a content script, the popup or an extension page). */
export function sendToBackground<T extends MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<Reply<T>> {
  return browser.runtime.sendMessage({ type, payload } satisfies Message<T>) as Promise<Reply<T>>;
}

/** Sends a message to the content script of one tab (top frame only: notes live there). */
export function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Payload<T>,
): Promise<Reply<T>> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Message<T>, {
    frameId: 0,
  }) as Promise<Reply<T>>;
}

/**
 * True when `sender` may send `type`: always our own extension; content messages only from a tab's
 * content script; page messages only from our own extension pages (not from a content script).
 */
export function isTrustedSender(type: MessageType, sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const fromExtensionPage =
    typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
  switch (directionOf(type)) {
    case 'content→background':
      return sender.tab?.id !== undefined && !fromExtensionPage;
    case 'page→background':
      return fromExtensionPage;
    default:
      // Messages to the content script come from the popup or the background, both our own pages.
      return sender.tab === undefined || fromExtensionPage;
  }
}

export type Handlers = {
  [T in MessageType]?: (
    payload: Payload<T>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<Reply<T>> | Reply<T>;
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}

/**
 * Answers the messages named in `handlers` from trusted senders until `signal` aborts. Messages it
 * has no handler for are left for other listeners (returns undefined, as the API expects). Replies
 * go through `sendResponse` (returning true keeps the channel open): the one form that works with
 * the polyfill and with the native `chrome`/`browser` objects alike, because the thin content
 * script runs without the polyfill (wxt.config.ts says why).
 */
export function handleMessages(handlers: Handlers, signal: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (!isMessage(message)) return undefined;
    const handler = handlers[message.type] as
      ((payload: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler || !isTrustedSender(message.type, sender)) return undefined;
    Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (reply) => sendResponse(reply ?? null),
        (error: unknown) => {
          console.warn(`Crosscheck: ${message.type} failed`, error);
          sendResponse(null);
        },
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
