// The node set of a run: one zod schema checks the node overrides (candidates, node ids, moved
// positions) against the Concept's growth nodes and words every problem; the requested nodes follow.
import { z } from '../data/zod';
import { AnalysisParamsError } from './params';
import type { LonLat } from './types';

/** A node taking part in a run, before placement: its id and the lon/lat asked for. */
export interface RequestedNode {
  id: string;
  lonLat: LonLat;
}

// Messages are predicates: `describe` puts the node they are about in front of them
// (`candidate "c1" has no valid [lon, lat] coordinates: …`), found from the issue's path.
const lonLat = (what: 'coordinates' | 'position') => {
  const invalid = `has no valid [lon, lat] ${what}`;
  return z.tuple(
    [
      z
        .number({ error: `${invalid}: longitude must be a finite number` })
        .min(-180, { error: `${invalid}: longitude must be at least -180` })
        .max(180, { error: `${invalid}: longitude must be at most 180` }),
      z
        .number({ error: `${invalid}: latitude must be a finite number` })
        .min(-90, { error: `${invalid}: latitude must be at least -90` })
        .max(90, { error: `${invalid}: latitude must be at most 90` }),
    ],
    { error: `${invalid}: expected a pair [lon, lat]` },
  );
};

// Not strict: a candidate may carry the caller's own fields, which the analysis ignores.
const candidateSchema = z.object(
  {
    id: z.string({ error: 'has no id (a non-empty string)' }).min(1, {
      error: 'has no id (a non-empty string)',
    }),
    coordinates: lonLat('coordinates'),
    region: z.string({ error: 'has a region that is neither a string nor null' }).nullable(),
  },
  { error: 'must be an object { id, coordinates, region }' },
);

const OVERRIDE_KEYS = ['candidates', 'nodeIds', 'positions'] as const;

const overridesShape = z.strictObject(
  {
    candidates: z
      .array(candidateSchema, { error: 'must be a list of { id, coordinates, region }' })
      .nullish(),
    nodeIds: z
      .array(z.string({ error: 'is not a growth node id (a string)' }), {
        error: 'must be a list of growth node ids',
      })
      .optional(),
    positions: z
      .record(z.string(), lonLat('position'), {
        error: 'must be an object { nodeId: [lon, lat] }',
      })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `have unknown keys ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected ${OVERRIDE_KEYS.join(', ')})`
        : `must be an object { ${OVERRIDE_KEYS.map((k) => `${k}?`).join(', ')} }`,
  },
);

const UNKNOWN = 'is unknown (neither a Concept growth node nor a candidate of this run)';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The overrides' shape plus the checks that need the Concept's node ids: candidate ids are new and
 * unique, `nodeIds` and `positions` name known nodes, `nodeIds` names each once. The references are
 * checked even when the shape has problems, so one error lists them all; they then read the input
 * defensively.
 */
function nodeOverridesSchema(conceptNodeIds: ReadonlySet<string>) {
  return overridesShape.superRefine(
    (value: unknown, ctx) => {
      const overrides = isRecord(value) ? value : {};
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const candidateIds = new Set<string>();
      if (Array.isArray(overrides.candidates)) {
        overrides.candidates.forEach((candidate: unknown, k) => {
          const id = isRecord(candidate) ? candidate.id : undefined;
          if (typeof id !== 'string' || id === '') return;
          if (conceptNodeIds.has(id))
            issue(['candidates', k, 'id'], 'has the id of a Concept growth node');
          else if (candidateIds.has(id)) issue(['candidates', k, 'id'], 'listed twice');
          else candidateIds.add(id);
        });
      }
      const known = (id: string) => conceptNodeIds.has(id) || candidateIds.has(id);
      if (Array.isArray(overrides.nodeIds)) {
        const listed = new Set<string>();
        overrides.nodeIds.forEach((id: unknown, k) => {
          if (typeof id !== 'string') return;
          if (!known(id)) issue(['nodeIds', k], UNKNOWN);
          else if (listed.has(id)) issue(['nodeIds', k], 'listed twice');
          listed.add(id);
        });
      }
      if (isRecord(overrides.positions)) {
        for (const id of Object.keys(overrides.positions)) {
          if (!known(id)) issue(['positions', id], `in positions ${UNKNOWN}`);
        }
      }
    },
    { when: () => true },
  );
}

/** Who an issue is about, in words, from its path into the overrides. */
function subjectOf(path: readonly PropertyKey[], input: unknown): string {
  const [field, key] = path;
  if (field === undefined) return 'node overrides';
  if (key === undefined) return String(field);
  const listed = isRecord(input) ? input[field as string] : undefined;
  if (field === 'candidates') {
    const candidate = Array.isArray(listed) ? listed[key as number] : undefined;
    const id = isRecord(candidate) ? candidate.id : undefined;
    return typeof id === 'string' && id !== ''
      ? `candidate "${id}"`
      : `candidate #${Number(key) + 1}`;
  }
  if (field === 'nodeIds') {
    const id = Array.isArray(listed) ? listed[key as number] : undefined;
    return typeof id === 'string' ? `growth node "${id}"` : `nodeIds #${Number(key) + 1}`;
  }
  return `growth node "${String(key)}"`;
}

/**
 * A reader of `NodeOverrides` for one dataset's Concept growth nodes. The nodes of a run are
 * `nodeIds` in that order, else every Concept node followed by every candidate, each at its
 * `positions` entry or its own point. Throws {@link AnalysisParamsError} listing every problem.
 * @example
 * const nodesOfRun = createNodeOverridesReader([{ id: 'osh', lonLat: [72.8, 40.53] }]);
 * nodesOfRun({ positions: { osh: [72.9, 40.6] } }); // [{ id: 'osh', lonLat: [72.9, 40.6] }]
 * nodesOfRun({ nodeIds: ['atlantis'] });
 * // throws 'growth node "atlantis" is unknown (neither a Concept growth node nor a candidate …)'
 */
export function createNodeOverridesReader(
  conceptNodes: readonly { id: string; lonLat: LonLat }[],
): (overrides: unknown) => RequestedNode[] {
  const schema = nodeOverridesSchema(new Set(conceptNodes.map((n) => n.id)));
  return (overrides) => {
    const parsed = schema.safeParse(overrides ?? {});
    if (!parsed.success) {
      throw new AnalysisParamsError(
        parsed.error.issues.map((i) => `${subjectOf(i.path, overrides)} ${i.message}`),
      );
    }
    const { positions, nodeIds, candidates } = parsed.data;
    const points = new Map<string, LonLat>(conceptNodes.map((n) => [n.id, n.lonLat]));
    for (const c of candidates ?? []) points.set(c.id, c.coordinates);
    return (nodeIds ?? [...points.keys()]).map((id) => ({
      id,
      lonLat: positions?.[id] ?? (points.get(id) as LonLat),
    }));
  };
}
