// How each verdict is shown: a symbol and a word as well as a colour, so colour is never the only cue.
import type { Verdict } from '../engine/types';
import { t, type MessageKey } from '../i18n';

export interface VerdictLook {
  symbol: string;
  /** The verdict's word in the browser's language. */
  readonly label: string;
}

/** A look whose word is read from the catalogue when shown, not when this module loads. */
function look(symbol: string, key: MessageKey): VerdictLook {
  return {
    symbol,
    get label() {
      return t(key);
    },
  };
}

export const VERDICT_LOOKS: Record<Verdict, VerdictLook> = {
  corroborated: look('✓', 'verdictCorroborated'),
  conflicting: look('✗', 'verdictConflicting'),
  mixed: look('±', 'verdictMixed'),
};
