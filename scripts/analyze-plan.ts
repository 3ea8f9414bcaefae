// The planning engine from the command line (`npm run analyze -- --plan …`): suggested stages,
// the best new sites and the pull abroad, written as JSON and GeoJSON for QGIS & co.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { loadGeos } from '../src/analysis/geos';
import type { AnalysisParams } from '../src/analysis/params';
import type { LonLat, NodeOverrides } from '../src/analysis/types';
import { createHighsSolver, loadHighs } from '../src/planning/highs-solver';
import { PlanningError } from '../src/planning/planning-error';
import {
  type GravityRequest,
  gravityRequestSchema,
  parseRequest,
  type SitesRequest,
  type StagesRequest,
  sitesRequestSchema,
  stagesRequestSchema,
} from '../src/planning/planning-request';
import {
  createPlanningSession,
  type PlanningSession,
  type PlanOutcome,
} from '../src/planning/planning-session';
import { readEnglishNames, readPlanningInput } from './analyze-input';

export const PLANS = ['stages', 'sites', 'gravity'] as const;
export type Plan = (typeof PLANS)[number];

/** The command-line options of the plans, each with the plans it belongs to. */
export const PLAN_OPTIONS = {
  'stage-size': ['stages'],
  objective: ['stages', 'sites'],
  count: ['sites'],
  alpha: ['gravity'],
  beta: ['gravity'],
  'min-distance': ['gravity'],
} as const satisfies Record<string, readonly Plan[]>;

export const PLAN_USAGE = `Plans (--plan P writes only the plan's files into DIR):
  --plan stages     stages.json: §5.1's three stages besides Bishkek and Osh, each proved optimal
    --stage-size N    towns per stage, 1–20                          (default 6)
    --objective O     population | area | distance                   (default population)
  --plan sites      best-sites.geojson: the best N new sites together, solved exactly;
                    site-gains.geojson: what one more node adds at every candidate site
    --count N         new sites, 1–5                                 (default 5)
    --objective O     population | area                              (default population)
  --plan gravity    gravity.geojson, attractors.geojson, gravity.json: the Huff model's pull of
                    each listed settlement towards the neighbours' cities
    --alpha A         attractiveness = population^A, 0.1–3          (default 1)
    --beta B          distance decay, 1–3                            (default 2)
    --min-distance KM nearer counts as this far, above 0, at most 50 (default 1)
  Plans use --scenario's node set, --radius (stages, sites) and --zone-depth (gravity's zones).`;

export interface PlanCommand {
  plan: Plan;
  out: string;
  /** The analysis parameters, already checked: the plans take the radius and zone depths. */
  params: AnalysisParams;
  overrides: NodeOverrides;
  stageSize?: number;
  objective?: string;
  count?: number;
  alpha?: number;
  beta?: number;
  minDistanceKm?: number;
}

/** What a plan did: a one-line summary, or why the request cannot be answered. */
export type PlanRun = { ok: true; summary: string } | { ok: false; message: string };

/** Keys with a value only: the request schemas fill in the defaults. */
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const point = <P>(lonLat: LonLat, properties: P): Feature<Point, P> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [round6(lonLat[0]), round6(lonLat[1])] },
});
const collection = <P>(features: Feature<Point, P>[]): FeatureCollection<Point, P> => ({
  type: 'FeatureCollection',
  features,
});

function failure(outcome: Extract<PlanOutcome<unknown>, { ok: false }>): PlanRun {
  return {
    ok: false,
    message:
      'invalid' in outcome ? outcome.invalid.join('; ') : new PlanningError(outcome.issue).message,
  };
}

function requestOf(cmd: PlanCommand) {
  const radiusKm = cmd.params.radiusKm;
  switch (cmd.plan) {
    case 'stages':
      return {
        schema: stagesRequestSchema,
        request: defined({ radiusKm, stageSize: cmd.stageSize, objective: cmd.objective }),
      };
    case 'sites':
      return {
        schema: sitesRequestSchema,
        request: defined({ radiusKm, count: cmd.count, objective: cmd.objective }),
      };
    case 'gravity':
      return {
        schema: gravityRequestSchema,
        request: defined({
          alpha: cmd.alpha,
          beta: cmd.beta,
          minDistanceKm: cmd.minDistanceKm,
          zoneDepthKm: cmd.params.zoneDepthKm,
        }),
      };
  }
}

type Writer = (name: string, data: unknown, pretty?: boolean) => void;

function writeStages(
  session: PlanningSession,
  request: StagesRequest,
  overrides: NodeOverrides,
  write: Writer,
): PlanRun {
  const answer = session.stages(request, overrides);
  if (!answer.ok) return failure(answer);
  const { plan, suggested, totalPopulation } = answer.value;
  const stages = plan.stages.map((step, k) => {
    const measured = suggested[k];
    if (!measured) throw new Error(`the session measured no stage ${step.stage}`);
    return {
      stage: step.stage,
      nodes: step.nodes.map((n) => n.id),
      coveredPopulation: measured.coveredPopulation,
      coveredAreaKm2: measured.coveredAreaKm2,
      averageDistanceKm: measured.averageDistanceKm,
      optimal: step.optimal,
      gap: step.gap,
      gains: step.nodes.map((n) => ({
        node: n.id,
        gainPopulation: n.gainPopulation,
        gainGridAreaKm2: n.gainGridAreaKm2,
        gainDistanceKm: n.gainDistanceKm,
      })),
    };
  });
  write(
    'stages.json',
    {
      objective: plan.objective,
      radiusKm: plan.radiusKm,
      stageSize: plan.stageSize,
      fixed: plan.fixed,
      stages,
    },
    true,
  );
  const each = stages
    .map(
      (s) =>
        `stage ${s.stage}: ${s.coveredPopulation} people, ${Math.round(s.coveredAreaKm2)} km², ` +
        `${s.averageDistanceKm.toFixed(1)} km on average`,
    )
    .join('; ');
  const proved = stages.every((s) => s.optimal) ? 'each proved optimal' : 'NOT all proved optimal';
  return {
    ok: true,
    summary:
      `stages (${plan.objective}, ${plan.radiusKm} km, ${plan.stageSize} per stage, fixed ` +
      `${plan.fixed.join(', ') || 'none'}) — ${each} (of ${totalPopulation} listed); ${proved}`,
  };
}

function writeSites(
  session: PlanningSession,
  request: SitesRequest,
  overrides: NodeOverrides,
  names: ReadonlyMap<string, string>,
  write: Writer,
): PlanRun {
  const best = session.bestSites(request, overrides);
  if (!best.ok) return failure(best);
  const surface = session.siteSurface(
    { radiusKm: request.radiusKm, objective: request.objective },
    overrides,
  );
  if (!surface.ok) return failure(surface);
  const b = best.value;
  write(
    'best-sites.geojson',
    collection(
      b.chosen.map((c, i) =>
        point(c.place.lonLat, {
          rank: i + 1,
          gainPopulation: c.gainPopulation,
          gainAreaKm2: c.gainAreaKm2,
          nearestSettlement: names.get(c.place.nearestSettlement) ?? c.place.nearestSettlement,
          nearestSettlementId: c.place.nearestSettlement,
          region: c.place.region,
          optimal: b.optimal,
          gap: b.gap,
        }),
      ),
    ),
  );
  const { sites, gains } = surface.value;
  write(
    'site-gains.geojson',
    collection(
      gains.map((g) => {
        const site = sites[g.site];
        if (!site) throw new Error(`the session gave a gain for no site ${g.site}`);
        return point(site.lonLat, {
          gainPopulation: g.gainPopulation,
          gainAreaKm2: g.gainAreaKm2,
          nearestSettlementId: site.nearestSettlement,
          region: site.region,
          settlement: site.settlement,
        });
      }),
    ),
  );
  const unit = b.objective === 'population' ? 'people' : 'km² of the grid';
  const near = b.chosen
    .map((c) => names.get(c.place.nearestSettlement) ?? c.place.nearestSettlement)
    .join(', ');
  return {
    ok: true,
    summary:
      `${b.chosen.length} best sites (${b.objective}, ${b.radiusKm} km) add ${Math.round(b.gain)} ` +
      `${unit} near ${near}; ${b.optimal ? 'proved optimal' : `NOT proved optimal (gap ${b.gap})`}; ` +
      `${sites.length} candidate sites`,
  };
}

function writeGravity(
  session: PlanningSession,
  request: GravityRequest,
  overrides: NodeOverrides,
  names: ReadonlyMap<string, string>,
  write: Writer,
): PlanRun {
  const answer = session.gravity(request, overrides);
  if (!answer.ok) return failure(answer);
  // The settlements as the analysis places them (50 m inside their region where the point is
  // not): the site surface lists every settlement at that position.
  const surface = session.siteSurface({}, overrides);
  if (!surface.ok) return failure(surface);
  const placed = new Map(
    surface.value.sites.flatMap((s) => (s.settlement ? [[s.settlement, s.lonLat] as const] : [])),
  );
  const g = answer.value;
  write(
    'gravity.geojson',
    collection(
      g.settlements.map((s) => {
        const lonLat = placed.get(s.id);
        if (!lonLat) throw new Error(`no analysis position for settlement ${s.id}`);
        return point(lonLat, {
          id: s.id,
          name: names.get(s.id) ?? s.id,
          foreignShare: round6(s.foreignShare),
          topAttractor: s.topAttractor,
          topAttractorCountry: s.topAttractorCountry,
          region: s.region,
          population: s.population,
          zones: s.zones,
        });
      }),
    ),
  );
  write(
    'attractors.geojson',
    collection(
      g.attractors.map((a) =>
        point(a.lonLat, {
          id: a.id,
          name: names.get(a.id) ?? a.id,
          country: a.country,
          population: a.population,
        }),
      ),
    ),
  );
  write(
    'gravity.json',
    {
      ...g.params,
      regions: g.regions,
      nodesWithoutPopulation: g.nodesWithoutPopulation,
    },
    true,
  );
  const people = g.regions.reduce((sum, r) => sum + r.population, 0);
  const abroad = g.regions.reduce((sum, r) => sum + r.population * (r.foreignShare ?? 0), 0);
  const most = [...g.regions].sort((a, b) => (b.foreignShare ?? -1) - (a.foreignShare ?? -1))[0];
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return {
    ok: true,
    summary:
      `gravity (α ${g.params.alpha}, β ${g.params.beta}, min ${g.params.minDistanceKm} km) — ` +
      `${g.settlements.length} settlements, ${g.attractors.length} attractors; ` +
      `${pct(people > 0 ? abroad / people : 0)} of the listed population drawn abroad` +
      (most?.foreignShare != null ? `, most in ${most.region} (${pct(most.foreignShare)})` : ''),
  };
}

/**
 * Runs one plan and writes its files into `cmd.out`. A request the plan cannot answer (out of
 * range, or infeasible such as stages too large for the nodes left) is a failure, not a throw.
 * @example
 * await runPlan({ plan: 'sites', out: 'results', params, overrides: {}, count: 3 });
 * // { ok: true, summary: '3 best sites (population, 50 km) add … people …' }
 */
export async function runPlan(cmd: PlanCommand): Promise<PlanRun> {
  const { schema, request } = requestOf(cmd);
  // The cheap check first: a bad option is told before GEOS and HiGHS load.
  const checked = parseRequest(schema, request);
  if (!checked.ok) return { ok: false, message: checked.issues.join('; ') };
  const input = readPlanningInput();
  const names = readEnglishNames();
  const [kit, highs] = await Promise.all([loadGeos(), loadHighs()]);
  const session = createPlanningSession(kit, input, createHighsSolver(highs));
  try {
    let created = false;
    const write: Writer = (name, data, pretty = false) => {
      if (!created) mkdirSync(cmd.out, { recursive: true });
      created = true;
      writeFileSync(join(cmd.out, name), `${JSON.stringify(data, null, pretty ? 2 : undefined)}\n`);
    };
    const run =
      cmd.plan === 'stages'
        ? writeStages(session, request as StagesRequest, cmd.overrides, write)
        : cmd.plan === 'sites'
          ? writeSites(session, request as SitesRequest, cmd.overrides, names, write)
          : writeGravity(session, request as GravityRequest, cmd.overrides, names, write);
    return run.ok ? { ok: true, summary: `${run.summary}. Wrote ${cmd.out}` } : run;
  } finally {
    session.dispose();
  }
}
