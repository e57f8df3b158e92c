// Turns untrusted JSON into a Pack or a list of path-precise problems; never throws at its caller.
import * as v from 'valibot';
import { PackSchema, type Pack } from './schema';

export interface PackProblem {
  /** JSON path such as `claims[12].versions[0].evidence[1].source`; empty for the whole document. */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Formats a problem the way authors read it: `path: message`. */
export function formatProblem(problem: PackProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

/** An issue in an author's words: our schema's own message where it has one, else valibot's. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return 'required but missing';
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return 'unknown field (not in the pack format)';
  const expected = issue.message.startsWith('Invalid ') ? issue.expected : issue.message;
  return `expected ${expected}, got ${issue.received}`;
}

function schemaProblems(issues: readonly v.BaseIssue<unknown>[]): PackProblem[] {
  return issues.map((issue) => ({ path: issuePath(issue), message: describeIssue(issue) }));
}

/** Checks that JSON Schema cannot express: references, uniqueness and the one established version. */
export function crossCheck(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const sourceIds = new Set<string>();
  pack.sources.forEach((source, i) => {
    if (sourceIds.has(source.id))
      problems.push({ path: `sources[${i}].id`, message: `duplicate source id "${source.id}"` });
    sourceIds.add(source.id);
  });
  const claimIds = new Set<string>();
  pack.claims.forEach((claim, c) => {
    if (claimIds.has(claim.id))
      problems.push({ path: `claims[${c}].id`, message: `duplicate claim id "${claim.id}"` });
    claimIds.add(claim.id);
    const versionIds = new Set<string>();
    let established = 0;
    claim.versions.forEach((version, vi) => {
      const at = `claims[${c}].versions[${vi}]`;
      if (versionIds.has(version.id))
        problems.push({ path: `${at}.id`, message: `duplicate version id "${version.id}"` });
      versionIds.add(version.id);
      if (version.established) established += 1;
      version.evidence.forEach((evidence, e) => {
        if (!sourceIds.has(evidence.source))
          problems.push({
            path: `${at}.evidence[${e}].source`,
            message: `unknown source id "${evidence.source}"`,
          });
      });
    });
    if (established > 1)
      problems.push({
        path: `claims[${c}].versions`,
        message: `${established} versions are marked established; at most one may be`,
      });
  });
  return problems;
}

/** Validates already-parsed JSON. */
export function validatePack(data: unknown): PackResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      problems: [{ path: '', message: 'expected a JSON object at the top level' }],
    };
  const parsed = v.safeParse(PackSchema, data);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.issues) };
  const problems = crossCheck(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.output };
}

/** Parses and validates pack text; a JSON syntax error is reported as one problem with its position. */
export function loadPack(json: string): PackResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return validatePack(data);
}
