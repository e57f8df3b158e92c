import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/cli/extract-article';
import { detectTopic, quickTopicCheck } from '../../src/engine/detect';
import { bundledPack, seeds, unrelatedPages } from '../helpers/fixtures';

const profile = bundledPack().topic;

describe('detectTopic on real text', () => {
  test.each(seeds())('fires on seed %s', (_name, text) => {
    expect(quickTopicCheck(text)).toBe(true);
    const result = detectTopic(text, profile);
    expect(result.relevant).toBe(true);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  test.each(unrelatedPages())('stays silent on page %s', (_name, html) => {
    const { text } = extractArticle(html);
    expect(detectTopic(text, profile).relevant).toBe(false);
  });

  test('the twenty pages number twenty', () => {
    expect(unrelatedPages()).toHaveLength(20);
  });
});

describe('detectTopic on look-alike topics (synthetic texts written for this test)', () => {
  test.each([
    [
      'Ukraine war news without mines',
      'Russian drones struck Kyiv overnight. Ukraine said its air defences shot down 40 of them. The attack damaged power lines in the Kharkiv region and President Zelensky called for more air defence systems.',
    ],
    [
      'crypto mining',
      'Bitcoin mining difficulty hit a record. Miners in Texas expanded their crypto mining farms as the price of power fell, and one mining company bought 10,000 new rigs.',
    ],
    [
      'coal mining',
      'The coal mine in Silesia will close in 2030. Miners protested in Katowice. The mining union said the coal mine employs 3,000 people.',
    ],
    [
      'sea mines',
      'The navy cleared sea mines from the Black Sea corridor. Naval mines drifted toward the Turkish coast, and minesweepers from three NATO members will help.',
    ],
    [
      'the cluster munitions convention',
      'Lithuania announced it would leave the Convention on Cluster Munitions. The cluster munitions treaty, adopted in Dublin in 2008, bans cluster munitions; it was modelled on the Ottawa treaty. Lithuania is the first state to withdraw from the cluster munitions convention.',
    ],
    [
      'a minefield metaphor',
      'The budget is a political minefield for the chancellor. Every line is a landmine waiting for the opposition, one adviser said.',
    ],
  ])('%s is not a treaty article', (_name, text) => {
    expect(detectTopic(text, profile).relevant).toBe(false);
  });
});
