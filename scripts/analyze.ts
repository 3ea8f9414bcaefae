// Headless analysis: the app's engine on the committed geodata, results as files for QGIS & co.
// Usage: npm run analyze -- [--scenario FILE] [--method radius|nearest|combined] [--radius KM]
//        [--zone-depth KM] [--band-depth KM] [--gpkg] [--plan stages|sites|gravity …] --out DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  AnalysisParamsError,
  type AnalysisParamsInput,
  parseAnalysisParams,
} from '../src/analysis/params';
import { runAnalysis } from '../src/analysis/run-analysis';
import type { AnalysisInput, NodeOverrides } from '../src/analysis/types';
import { analysisGeoPackage, readAnalysisInput } from './analyze-input';
import {
  PLAN_OPTIONS,
  PLAN_USAGE,
  PLANS,
  type Plan,
  type PlanCommand,
  runPlan,
} from './analyze-plan';
import { readSettlementTable } from './analyze-settlements';

const USAGE = `Usage: npm run analyze -- [options] --out DIR

Runs the Aimak Atlas analysis on geodata/ and writes into DIR:
  catchments.geojson   one catchment per growth node (property node)
  uncovered.geojson    territory outside every catchment (radius, combined)
  overlaps.geojson     areas covered by two catchments (radius)
  zones.geojson        cross-border influence zones (property neighbour: UZ, TJ, KZ, CN)
  border-band.geojson  border-adjacent territory per region (property priority)
  coverage.json        statistics per node, region, zone and band
  analysis.gpkg        with --gpkg, besides the files above: all of it as one GeoPackage
                       (EPSG:4326, typed fields, names in English) — the app's Export file

Options:
  --scenario FILE   JSON { "nodes": { "<id>": [lon, lat] }, "nodeIds": [...], "params": {...},
                    "candidates": [{ "id": "...", "coordinates": [lon, lat], "region": null }] }
                    (nodes moves Concept nodes and candidates, reported as positions;
                    nodeIds lists Concept and candidate ids; region may be left out)
  --method M        radius | nearest | combined        (default radius)
  --radius KM       catchment radius, 5–150            (default 50)
  --zone-depth KM   depth of all four zones, 5–100     (default 30)
  --band-depth KM   border band depth, 5–100           (default 30)
  --gpkg            also write analysis.gpkg (layers catchments, uncovered, overlaps, zones,
                    border_band, growth_nodes, settlements with what covers each)
  --settlements FILE  the population base instead of the listed settlements: CSV with name, lat,
                    lon, population columns, or GeoJSON Points with name and population
                    (a bad table is reported by row and column, exit code 2)
  --plan P          stages | sites | gravity: a plan instead of the analysis (below)
  --out DIR         output directory (required)
  --help            this text

${PLAN_USAGE}
Coordinates are WGS84 lon/lat; areas km²; distances great-circle km.`;

// The node overrides are checked by the engine (src/analysis/node-overrides.ts), which words every
// problem; the file's own shape is checked here.
const scenarioSchema = z.strictObject({
  nodes: z.unknown().optional(),
  nodeIds: z.unknown().optional(),
  candidates: z.unknown().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});

/** A scenario file's candidate may leave out `region` (the analysis does not use it). */
const withRegion = (candidate: unknown) =>
  typeof candidate === 'object' && candidate !== null && !('region' in candidate)
    ? { ...candidate, region: null }
    : candidate;

class UsageError extends Error {}

function planOf(value: string | undefined): Plan | undefined {
  if (value === undefined) return undefined;
  if (!(PLANS as readonly string[]).includes(value)) {
    throw new UsageError(`--plan must be one of ${PLANS.join(', ')}, got "${value}"`);
  }
  return value as Plan;
}

function number(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`${flag} needs a number, got "${value}"`);
  return n;
}

function parseCommandLine(argv: string[]) {
  let values: ReturnType<typeof parse>['values'];
  function parse() {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string' },
        method: { type: 'string' },
        radius: { type: 'string' },
        'zone-depth': { type: 'string' },
        'band-depth': { type: 'string' },
        plan: { type: 'string' },
        settlements: { type: 'string' },
        'stage-size': { type: 'string' },
        objective: { type: 'string' },
        count: { type: 'string' },
        alpha: { type: 'string' },
        beta: { type: 'string' },
        'min-distance': { type: 'string' },
        out: { type: 'string' },
        gpkg: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  }
  try {
    values = parse().values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return { help: true as const };
  if (!values.out) throw new UsageError('--out DIR is required');
  const plan = planOf(values.plan);
  for (const [option, plans] of Object.entries(PLAN_OPTIONS)) {
    if (values[option as keyof typeof PLAN_OPTIONS] === undefined) continue;
    const belongs = plans.map((p) => `--plan ${p}`).join(' or ');
    if (plan === undefined) throw new UsageError(`--${option} needs ${belongs}`);
    if (!(plans as readonly Plan[]).includes(plan)) {
      throw new UsageError(`--${option} is an option of ${belongs}, not of --plan ${plan}`);
    }
  }

  let params: Record<string, unknown> = {};
  const overrides: Record<string, unknown> = {};
  if (values.scenario) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(values.scenario, 'utf8'));
    } catch (e) {
      throw new UsageError(`--scenario ${values.scenario}: ${(e as Error).message}`);
    }
    const parsed = scenarioSchema.safeParse(raw);
    if (!parsed.success) {
      throw new UsageError(
        `--scenario ${values.scenario}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
      );
    }
    params = { ...parsed.data.params };
    const { nodes, nodeIds, candidates } = parsed.data;
    if (nodes !== undefined) overrides.positions = nodes;
    if (nodeIds !== undefined) overrides.nodeIds = nodeIds;
    if (candidates !== undefined) {
      overrides.candidates = Array.isArray(candidates) ? candidates.map(withRegion) : candidates;
    }
  }
  if (values.method !== undefined) params.method = values.method;
  const radius = number('--radius', values.radius);
  if (radius !== undefined) params.radiusKm = radius;
  const zoneDepth = number('--zone-depth', values['zone-depth']);
  if (zoneDepth !== undefined) {
    params.zoneDepthKm = { UZ: zoneDepth, TJ: zoneDepth, KZ: zoneDepth, CN: zoneDepth };
  }
  const bandDepth = number('--band-depth', values['band-depth']);
  if (bandDepth !== undefined) params.bandDepthKm = bandDepth;
  const planOptions = {
    stageSize: number('--stage-size', values['stage-size']),
    objective: values.objective,
    count: number('--count', values.count),
    alpha: number('--alpha', values.alpha),
    beta: number('--beta', values.beta),
    minDistanceKm: number('--min-distance', values['min-distance']),
  };
  return {
    help: false as const,
    out: values.out,
    gpkg: values.gpkg === true,
    settlements: values.settlements,
    plan: plan === undefined ? undefined : { plan, ...planOptions },
    params: params as AnalysisParamsInput,
    // Checked by the engine, which throws AnalysisParamsError listing every problem.
    overrides: overrides as NodeOverrides,
  };
}

async function main(argv: string[]): Promise<number> {
  let cmd: ReturnType<typeof parseCommandLine>;
  try {
    cmd = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`analyze: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (cmd.help) {
    console.log(USAGE);
    return 0;
  }
  if (cmd.plan)
    return runPlanCommand({ ...cmd.plan, out: cmd.out, overrides: cmd.overrides }, cmd.params);
  let settlements: AnalysisInput['settlements'] | undefined;
  if (cmd.settlements) {
    const table = await readSettlementTable(cmd.settlements);
    if ('problems' in table) {
      console.error(
        `analyze: the settlement table cannot be used:\n  ${table.problems.join('\n  ')}`,
      );
      return 2;
    }
    settlements = table.settlements;
  }
  let result: Awaited<ReturnType<typeof runAnalysis>>;
  try {
    result = await runAnalysis(
      readAnalysisInput(undefined, settlements),
      cmd.params,
      cmd.overrides,
    );
  } catch (e) {
    if (!(e instanceof AnalysisParamsError)) throw e;
    console.error(`analyze: ${e.issues.join('; ')}\n\n${USAGE}`);
    return 2;
  }
  mkdirSync(cmd.out, { recursive: true });
  const write = (name: string, data: unknown) =>
    writeFileSync(join(cmd.out, name), `${JSON.stringify(data)}\n`);
  write('catchments.geojson', result.catchments);
  write('uncovered.geojson', result.uncovered);
  write('overlaps.geojson', result.overlaps);
  write('zones.geojson', result.zones);
  write('border-band.geojson', result.borderBand);
  writeFileSync(
    join(cmd.out, 'coverage.json'),
    `${JSON.stringify({ params: result.params, ...result.coverage }, null, 2)}\n`,
  );
  if (cmd.gpkg) writeFileSync(join(cmd.out, 'analysis.gpkg'), await analysisGeoPackage(result));
  const c = result.coverage;
  console.log(
    `analyze: ${c.method} ${c.radiusKm} km — covered ${(c.coveredShare * 100).toFixed(1)} % of ` +
      `${Math.round(c.countryAreaKm2)} km², ${c.settlementsCovered}/${c.settlements} ${cmd.settlements ? `settlements of ${cmd.settlements}` : 'listed settlements'}; ` +
      `band ${c.borderBand.depthKm} km ${Math.round(c.borderBand.areaKm2)} km². Wrote ${cmd.out}`,
  );
  return 0;
}

/** A plan: its options checked by the planning schemas, its failures worded by the engine. */
async function runPlanCommand(
  command: Omit<PlanCommand, 'params'>,
  params: AnalysisParamsInput,
): Promise<number> {
  let run: Awaited<ReturnType<typeof runPlan>>;
  try {
    run = await runPlan({ ...command, params: parseAnalysisParams(params) });
  } catch (e) {
    if (!(e instanceof AnalysisParamsError)) throw e;
    run = { ok: false, message: e.issues.join('; ') };
  }
  if (!run.ok) {
    console.error(`analyze: ${run.message}\n\n${USAGE}`);
    return 2;
  }
  console.log(`analyze: ${run.summary}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`analyze: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  },
);
