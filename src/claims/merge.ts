// Several enabled packs (the bundled one and any the user imported) are matched as one: the engine
// builds a single index, so a sentence gets the best claim across packs rather than one note per pack.
import type { Claim, Evidence, Pack, Source, Version } from './schema';

/** Id a pack's claim or source keeps in the merged pack: unchanged unless an earlier pack used it. */
function uniqueId(id: string, packId: string, taken: Set<string>): string {
  const chosen = taken.has(id) ? `${packId}.${id}` : id;
  taken.add(chosen);
  return chosen;
}

function renameEvidence(evidence: Evidence, sourceIds: Map<string, string>): Evidence {
  return { ...evidence, source: sourceIds.get(evidence.source) ?? evidence.source };
}

function renameVersion(version: Version, sourceIds: Map<string, string>): Version {
  return { ...version, evidence: version.evidence.map((e) => renameEvidence(e, sourceIds)) };
}

const union = (lists: string[][]): string[] => [...new Set(lists.flat())];

/**
 * One pack holding every claim and source of `packs`, in order. Ids that clash with an earlier
 * pack's are prefixed with the pack id (`other-pack.claim-id`) so no claim hides another; the topic
 * profile is the union, so an article about any pack's subject is detected. Null for no packs.
 */
export function mergePacks(packs: readonly Pack[]): Pack | null {
  const [first, ...rest] = packs;
  if (!first) return null;
  if (rest.length === 0) return first;
  const sourceIdsTaken = new Set<string>();
  const claimIdsTaken = new Set<string>();
  const sources: Source[] = [];
  const claims: Claim[] = [];
  for (const pack of packs) {
    const sourceIds = new Map<string, string>();
    for (const source of pack.sources) {
      const id = uniqueId(source.id, pack.id, sourceIdsTaken);
      sourceIds.set(source.id, id);
      sources.push({ ...source, id });
    }
    for (const claim of pack.claims) {
      claims.push({
        ...claim,
        id: uniqueId(claim.id, pack.id, claimIdsTaken),
        versions: claim.versions.map((v) => renameVersion(v, sourceIds)),
      });
    }
  }
  return {
    ...first,
    id: packs.map((p) => p.id).join('.'),
    title: packs.map((p) => p.title).join(' + '),
    topic: {
      anchors: union(packs.map((p) => p.topic.anchors)),
      supporting: union(packs.map((p) => p.topic.supporting)),
      against: union(packs.map((p) => p.topic.against)),
    },
    sources,
    claims,
  };
}
