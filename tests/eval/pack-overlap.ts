// What of an article the claims pack already holds: its URL as a source, or any of its sentences
// among the pack's examples, paraphrases and quotes. The check half must hold none of it.
import type { Pack } from '../../src/claims/schema';
import { foldText } from '../../src/engine/normalise';
import { segmentSentences } from '../../src/engine';

/** Pack text shorter than this ("said on Sunday") can occur in any article by chance. */
const MIN_OVERLAP_LENGTH = 30;

function squeeze(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

function packTexts(pack: Pack): string[] {
  return pack.claims.flatMap((claim) => [
    claim.statement,
    ...claim.paraphrases,
    ...claim.examples.match.map((e) => e.text),
    ...claim.examples.nearMiss.map((e) => e.text),
    ...claim.versions.flatMap((v) => v.evidence.map((e) => e.quote)),
  ]);
}

/** Each overlap as a line a test can print: the cited URL, or the shared text. */
export function packOverlaps(pack: Pack, url: string, text: string): string[] {
  const overlaps: string[] = [];
  const bare = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  if (pack.sources.some((s) => bare(s.url) === bare(url))) overlaps.push(`source ${url}`);
  const sentences = segmentSentences(text).map((s) => squeeze(s.text));
  const article = squeeze(text);
  for (const packText of packTexts(pack).map(squeeze)) {
    if (packText.length < MIN_OVERLAP_LENGTH) continue;
    if (
      article.includes(packText) ||
      sentences.some((s) => s.length >= MIN_OVERLAP_LENGTH && packText.includes(s))
    )
      overlaps.push(`text "${packText.slice(0, 80)}"`);
  }
  return overlaps;
}
