// Draws the collection's items: the sentence, its verdict, claim and sources, where and when it was
// saved, and the reader's own tags and comment, editable in place.
import { t, tCount, type MessageKey } from '../i18n';
import { normaliseTags } from '../store/create-item';
import { itemSources, type SourceStance } from '../store/item-sources';
import { itemVerdict, type SavedItem } from '../store/saved-item';
import { buildElement } from './build-element';
import { siteOf, type FilterOption } from './collection-filter';
import { verdictLabel } from './verdict-label';
import { shownStatement } from './statement';

export interface ItemActions {
  open(item: SavedItem): void;
  save(item: SavedItem, edit: { tags: string[]; comment: string }): void;
  remove(item: SavedItem): void;
}

/** The stance words; the exports keep the English values (`agrees`), which are data there. */
const STANCE_WORDS: Record<SourceStance, MessageKey> = {
  agrees: 'stanceAgrees',
  disagrees: 'stanceDisagrees',
  denies: 'stanceDenies',
};

function formatSaved(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ') + ' UTC';
}

/**
 * Each source once: publisher as a link, date, stance towards the sentence (the words the CSV and
 * Web Annotation exports use), and whether it is a primary source.
 */
function renderSources(doc: Document, item: SavedItem): HTMLElement | null {
  const sources = itemSources(item.claim);
  if (!sources.length) return null;
  return buildElement(
    doc,
    'ul',
    { class: 'sources', 'aria-label': t('sources') },
    ...sources.map((source) =>
      buildElement(
        doc,
        'li',
        { 'data-stance': source.stance },
        source.url
          ? buildElement(
              doc,
              'a',
              { href: source.url, target: '_blank', rel: 'noopener noreferrer' },
              source.publisher,
            )
          : source.publisher,
        `, ${source.date} — ${t(STANCE_WORDS[source.stance])}${source.primary ? `, ${t('primarySource')}` : ''}`,
      ),
    ),
  );
}

function renderItem(doc: Document, item: SavedItem, actions: ItemActions): HTMLLIElement {
  const verdict = itemVerdict(item);
  const headingId = `item-${item.id}`;
  const open = buildElement(
    doc,
    'button',
    { type: 'button', class: 'open', 'aria-describedby': headingId },
    t('openAtSentence'),
  );
  open.addEventListener('click', () => actions.open(item));
  const tags = buildElement(doc, 'input', { type: 'text', class: 'tags', autocomplete: 'off' });
  tags.value = item.tags.join(', ');
  const comment = buildElement(doc, 'textarea', { class: 'comment', rows: '2' });
  comment.value = item.comment;
  const save = buildElement(
    doc,
    'button',
    { type: 'button', 'aria-describedby': headingId },
    t('saveEdit'),
  );
  save.addEventListener('click', () =>
    actions.save(item, { tags: normaliseTags(tags.value.split(',')), comment: comment.value }),
  );
  const remove = buildElement(
    doc,
    'button',
    { type: 'button', 'aria-describedby': headingId },
    t('remove'),
  );
  remove.addEventListener('click', () => actions.remove(item));
  return buildElement(
    doc,
    'li',
    { 'data-item': item.id, 'data-verdict': verdict },
    buildElement(doc, 'span', { class: 'verdict', 'data-verdict': verdict }, verdictLabel(verdict)),
    buildElement(doc, 'blockquote', { id: headingId }, item.sentence),
    item.claim
      ? buildElement(
          doc,
          'p',
          { class: 'meta' },
          `${t('claim')}: ${shownStatement(item.claim) || item.claim.id}`,
        )
      : null,
    renderSources(doc, item),
    buildElement(
      doc,
      'p',
      { class: 'meta muted' },
      buildElement(
        doc,
        'a',
        { href: item.page.url, target: '_blank', rel: 'noopener noreferrer' },
        item.page.title || item.page.url,
      ),
      ` — ${siteOf(item)} — ${t('itemSavedAt', formatSaved(item.savedAt))}`,
    ),
    buildElement(
      doc,
      'div',
      { class: 'edit' },
      buildElement(doc, 'label', {}, t('tagsLabel'), tags),
      buildElement(doc, 'label', {}, t('commentLabel'), comment),
    ),
    buildElement(doc, 'p', { class: 'toolbar' }, open, save, remove),
  );
}

/** Replaces the list with `items`; `total` is the size of the whole collection, for the heading. */
export function renderItems(
  list: HTMLElement,
  heading: HTMLElement,
  items: readonly SavedItem[],
  total: number,
  actions: ItemActions,
): void {
  const doc = list.ownerDocument;
  heading.textContent =
    total === 0
      ? t('collectionEmpty')
      : items.length === total
        ? tCount('savedItems', total)
        : t('itemsMatching', items.length, total);
  list.replaceChildren(...items.map((item) => renderItem(doc, item, actions)));
}

/**
 * Refills a `<select>` keeping its first ("Any") option and the current choice when still offered.
 * A plain string is both value and label.
 */
export function fillSelect(
  select: HTMLSelectElement,
  options: readonly (string | FilterOption)[],
): void {
  const doc = select.ownerDocument;
  const current = select.value;
  const any = select.options[0];
  const pairs = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  select.replaceChildren(
    ...(any ? [any] : []),
    ...pairs.map(({ value, label }) => buildElement(doc, 'option', { value }, label)),
  );
  select.value = pairs.some(({ value }) => value === current) ? current : '';
}
