// Quick check of the bundled pack's own examples with the engine's bestClaim: how many match examples
// find their claim, and how many near misses are wrongly given the claim they imitate.
//
//   npx tsx bench/lib/pack-examples.ts [path/to/pack.json]
import { readFileSync } from 'node:fs';
import { formatProblem, loadPack } from '../../src/claims/loader';
import type { Pack } from '../../src/claims/schema';
import { bestClaim, createMatcher } from '../../src/engine/match';

/** Counts over a pack's examples; rates are shares of the examples of their kind. */
export interface ExampleScores {
  matches: number;
  matchFound: number;
  nearMisses: number;
  /** Near misses whose best claim is the very claim they must not match. */
  nearMissOwnClaim: number;
  /** Near misses that match any claim at all (may be right: a near miss of one claim can state another). */
  nearMissAnyClaim: number;
  /** Match examples that missed, as `claim-id: sentence`. */
  missed: string[];
  /** Near misses given their own claim, as `claim-id: sentence`. */
  falseMatches: string[];
}

export function scoreExamples(pack: Pack): ExampleScores {
  const matcher = createMatcher(pack);
  const scores: ExampleScores = {
    matches: 0,
    matchFound: 0,
    nearMisses: 0,
    nearMissOwnClaim: 0,
    nearMissAnyClaim: 0,
    missed: [],
    falseMatches: [],
  };
  for (const claim of pack.claims) {
    for (const example of claim.examples.match) {
      scores.matches += 1;
      if (bestClaim(matcher, example.text)?.claim.id === claim.id) scores.matchFound += 1;
      else scores.missed.push(`${claim.id}: ${example.text}`);
    }
    for (const example of claim.examples.nearMiss) {
      scores.nearMisses += 1;
      const best = bestClaim(matcher, example.text);
      if (best) scores.nearMissAnyClaim += 1;
      if (best?.claim.id === claim.id) {
        scores.nearMissOwnClaim += 1;
        scores.falseMatches.push(`${claim.id}: ${example.text}`);
      }
    }
  }
  return scores;
}

function main(argv: string[]): void {
  const path = argv[0] ?? 'assets/claims/landmine-treaty.json';
  const result = loadPack(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const s = scoreExamples(result.pack);
  const pct = (n: number, d: number): string => `${((100 * n) / (d || 1)).toFixed(1)}%`;
  console.log(`${path}: ${result.pack.claims.length} claims`);
  console.log(
    `match-example recall      ${s.matchFound}/${s.matches} = ${pct(s.matchFound, s.matches)}`,
  );
  console.log(
    `near-miss false matches   ${s.nearMissOwnClaim}/${s.nearMisses} = ${pct(s.nearMissOwnClaim, s.nearMisses)}` +
      ` (own claim); ${s.nearMissAnyClaim}/${s.nearMisses} matched some claim`,
  );
  if (argv.includes('--list')) {
    console.log('\nmissed match examples:\n  ' + s.missed.join('\n  '));
    console.log('\nnear misses given their own claim:\n  ' + s.falseMatches.join('\n  '));
  }
}

main(process.argv.slice(2));
