// A claim's statement and its versions' labels in the interface language: the pack's Ukrainian (or
// Russian) wording when the interface speaks it and the pack has one, else the canonical English.
import { t } from '../i18n';

/** What a note, a report or a saved claim carries of its claim's wording. */
export interface StatementText {
  statement: string;
  statementIn?: { uk?: string; ru?: string };
}

/** The statement a reader of the interface language sees (English when there is no translation). */
export function shownStatement(claim: StatementText): string {
  const language = t('languageTag');
  const translated =
    language === 'uk' || language === 'ru' ? claim.statementIn?.[language] : undefined;
  return translated?.trim() ? translated : claim.statement;
}

/** What a note carries of its versions' labels in other languages, keyed by the English label. */
export interface LabelTexts {
  labelsIn?: Record<string, { uk?: string; ru?: string }>;
}

/**
 * A version label ("164 states parties") in the interface language, or null when the pack has no
 * translation of it (the caller then shows the English label as it formats it).
 */
export function translatedLabel(label: string, texts: LabelTexts): string | null {
  const language = t('languageTag');
  const translated =
    language === 'uk' || language === 'ru' ? texts.labelsIn?.[label]?.[language] : undefined;
  return translated?.trim() ? translated : null;
}

/** A version label in the interface language (English when there is no translation). */
export function shownLabel(label: string, texts: LabelTexts): string {
  return translatedLabel(label, texts) ?? label;
}
