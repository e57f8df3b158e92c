// How each verdict is shown: a symbol and a word as well as a colour, so colour is never the only cue.
import type { Verdict } from '../engine/types';

export interface VerdictLook {
  symbol: string;
  label: string;
}

export const VERDICT_LOOKS: Record<Verdict, VerdictLook> = {
  corroborated: { symbol: '✓', label: 'Corroborated' },
  conflicting: { symbol: '✗', label: 'Conflicting' },
  mixed: { symbol: '±', label: 'Mixed' },
};
