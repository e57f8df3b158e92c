// A claim's statement in the interface language: the pack's Ukrainian (or Russian) statement when
// the interface speaks it and the pack has one, else the canonical English statement.
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
