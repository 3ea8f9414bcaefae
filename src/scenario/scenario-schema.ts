// The scenario's schema (v4) and its migrations from older shapes (v0 → v1 → v2 → v3 → v4).
import { z } from '../data/zod';
import {
  BAND_DEPTH_RANGE_KM,
  CATCHMENT_METHODS,
  RADIUS_RANGE_KM,
  ZONE_DEPTH_RANGE_KM,
} from '../vocabulary/analysis-params';
import { GROWTH_NODE_IDS, INDICATOR_MEASURES, REGION_IDS, TABLE1_YEARS } from '../vocabulary/ids';
import { CLASSINGS, MAX_CLASSES, MIN_CLASSES, PALETTES } from '../vocabulary/indicators';
import { ANALYSIS_LAYERS, OVERLAYS, SCENARIO_VERSION, type Scenario } from '../vocabulary/scenario';
import { defaultScenario } from './default-scenario';

/** Longest scenario or candidate name, in UTF-16 code units. */
export const MAX_NAME_LENGTH = 200;
/** Most candidate nodes one scenario may hold. */
export const MAX_CANDIDATES = 500;
/** Most slides one scenario may hold. */
const MAX_SLIDES = 100;
/** Longest slide caption in one language, in UTF-16 code units. */
const MAX_CAPTION_LENGTH = 500;
/** Longest speaker note of a slide in one language, in UTF-16 code units. */
const MAX_NOTES_LENGTH = 2000;

const CANDIDATE_ID = /^candidate-\d{1,9}$/;
const SLIDE_ID = /^slide-\d{1,9}$/;
// Scenario ids end up inside storage keys such as `prev:<id>` and `corrupt:<id>:<time>`.
const SCENARIO_ID = /^[A-Za-z0-9_-]{1,64}$/;

const growthNodeIds: ReadonlySet<string> = new Set(GROWTH_NODE_IDS);

const name = z
  .string()
  .min(1, { error: 'expected a non-empty name' })
  .max(MAX_NAME_LENGTH, { error: `expected at most ${MAX_NAME_LENGTH} characters` });

const lonLat = z.tuple([
  z.number().min(-180, { error: 'longitude must be at least -180' }).max(180, {
    error: 'longitude must be at most 180',
  }),
  z.number().min(-90, { error: 'latitude must be at least -90' }).max(90, {
    error: 'latitude must be at most 90',
  }),
]);

const growthNodeId = z.enum(GROWTH_NODE_IDS, { error: 'expected the id of a Concept growth node' });
const stage = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'expected a stage 1, 2 or 3',
});

const km = (range: { min: number; max: number }) => z.number().min(range.min).max(range.max);
const zoneDepth = km(ZONE_DEPTH_RANGE_KM);

// C0/C1 control characters become spaces; invisible formatting and bidi overrides are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const INVISIBLE_CHARACTERS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Text from outside (a file, a link, a stored record) as plain text: NFC, control characters
 * turned into spaces, invisible formatting and bidi overrides removed, trimmed. Markup is kept
 * verbatim: the app always shows such text as text. Idempotent.
 *
 * @example
 *   plainText(' Tab\there\u0000\u202Eevil\u200B '); // "Tab here evil"
 *   plainText('<script>alert(1)</script>'); // unchanged
 */
export function plainText(raw: string): string {
  // Normalised after the removals, which can bring a letter and its accent together.
  return raw
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(INVISIBLE_CHARACTERS, '')
    .normalize('NFC')
    .trim();
}

const candidateSchema = z.strictObject({
  id: z.string().regex(CANDIDATE_ID, { error: 'expected a candidate id like "candidate-1"' }),
  name,
  position: lonLat,
  region: z.enum(REGION_IDS, { error: 'expected a region id or null' }).nullable(),
});

const nodesSchema = z
  .strictObject({
    moved: z.record(z.string(), lonLat),
    removed: z.array(growthNodeId),
    stages: z.record(z.string(), stage),
    candidates: z
      .array(candidateSchema)
      .max(MAX_CANDIDATES, { error: `expected at most ${MAX_CANDIDATES} candidates` }),
  })
  .superRefine((nodes, ctx) => {
    for (const id of Object.keys(nodes.moved)) {
      if (!growthNodeIds.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['moved', id], message: 'not a Concept growth node' });
      }
    }
    const removed = new Set<string>();
    nodes.removed.forEach((id, i) => {
      if (removed.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['removed', i], message: `"${id}" is listed twice` });
      }
      removed.add(id);
    });
    const candidateIds = new Set<string>();
    nodes.candidates.forEach((c, i) => {
      if (candidateIds.has(c.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'id'],
          message: `duplicate candidate id "${c.id}"`,
        });
      }
      candidateIds.add(c.id);
    });
    for (const id of Object.keys(nodes.stages)) {
      if (!growthNodeIds.has(id) && !candidateIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', id],
          message: 'not a Concept growth node nor a candidate of this scenario',
        });
      }
    }
  });

const booleans = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<K, z.ZodBoolean>);

const analysisSchema = z.strictObject({
  method: z.enum(CATCHMENT_METHODS, { error: 'expected radius, nearest or combined' }),
  radiusKm: km(RADIUS_RANGE_KM),
  zoneDepthKm: z.strictObject({ UZ: zoneDepth, TJ: zoneDepth, KZ: zoneDepth, CN: zoneDepth }),
  bandDepthKm: km(BAND_DEPTH_RANGE_KM),
});

const mode = z.enum(['explore', 'analyse', 'invest'], {
  error: 'expected explore, analyse or invest',
});

const indicatorSchema = z
  .strictObject({
    measure: z.enum(INDICATOR_MEASURES),
    year: z.union(
      TABLE1_YEARS.map((year) => z.literal(year)),
      {
        error: `expected one of the years ${TABLE1_YEARS.join(', ')}`,
      },
    ),
    classing: z.enum(CLASSINGS),
    classes: z
      .number()
      .int({ error: 'expected a whole number of classes' })
      .min(MIN_CLASSES, { error: `expected at least ${MIN_CLASSES} classes` })
      .max(MAX_CLASSES, { error: `expected at most ${MAX_CLASSES} classes` }),
    palette: z.enum(PALETTES),
    manualBreaks: z
      .array(z.number().finite())
      .max(MAX_CLASSES - 1, { error: `expected at most ${MAX_CLASSES - 1} breaks` }),
  })
  .nullable();

/** A caption in one language: plain text, cleaned of control characters, at most 500 long. */
const captionText = z
  .string()
  .transform(plainText)
  .pipe(
    z.string().max(MAX_CAPTION_LENGTH, {
      error: `expected at most ${MAX_CAPTION_LENGTH} characters`,
    }),
  );

/** A speaker note in one language: plain text like a caption, at most 2000 long, may be empty. */
const notesText = z
  .string()
  .transform(plainText)
  .pipe(
    z.string().max(MAX_NOTES_LENGTH, {
      error: `expected at most ${MAX_NOTES_LENGTH} characters`,
    }),
  );

const cameraSchema = z.strictObject({
  center: lonLat,
  zoom: z.number().min(0, { error: 'zoom must be at least 0' }).max(22, {
    error: 'zoom must be at most 22',
  }),
  bearing: z.number().min(-360, { error: 'bearing must be at least -360' }).max(360, {
    error: 'bearing must be at most 360',
  }),
  pitch: z.number().min(0, { error: 'pitch must be at least 0' }).max(85, {
    error: 'pitch must be at most 85',
  }),
});

const slideSchema = z.strictObject({
  id: z.string().regex(SLIDE_ID, { error: 'expected a slide id like "slide-1"' }),
  caption: z
    .strictObject({ ky: captionText, ru: captionText, en: captionText })
    .refine((c) => c.ky !== '' || c.ru !== '' || c.en !== '', {
      error: 'expected a caption in at least one language',
    }),
  notes: z.strictObject({ ky: notesText, ru: notesText, en: notesText }),
  camera: cameraSchema,
  mode,
  overlays: booleans(OVERLAYS),
  analysisLayers: booleans(ANALYSIS_LAYERS),
  analysis: analysisSchema,
  indicator: indicatorSchema,
});

const slidesSchema = z
  .array(slideSchema)
  .max(MAX_SLIDES, { error: `expected at most ${MAX_SLIDES} slides` })
  .superRefine((slides, ctx) => {
    const ids = new Set<string>();
    slides.forEach((slide, i) => {
      if (ids.has(slide.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `duplicate slide id "${slide.id}"`,
        });
      }
      ids.add(slide.id);
    });
  });

/** The strict schema of a version-4 scenario. */
const scenarioSchema = z.strictObject({
  version: z.literal(SCENARIO_VERSION),
  id: z.string().regex(SCENARIO_ID, { error: 'expected an id of letters, digits, "-" or "_"' }),
  name,
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date and time' }),
  nodes: nodesSchema,
  analysis: analysisSchema,
  view: z.strictObject({
    language: z.enum(['ky', 'ru', 'en']),
    mode,
    overlays: booleans(OVERLAYS),
    analysisLayers: booleans(ANALYSIS_LAYERS),
    camera: z.strictObject({ center: lonLat, zoom: z.number().min(0).max(24) }).nullable(),
    indicator: indicatorSchema,
  }),
  slides: slidesSchema,
}) satisfies z.ZodType<Scenario>;

// ---------------------------------------------------------------------------
// Migrations
// ---------------------------------------------------------------------------

/** A migration turns a scenario of version `from` into one of version `from + 1`, or fails. */
type Migration = (raw: Record<string, unknown>) => Record<string, unknown> | string;

/**
 * Version 0 is the unversioned draft kept before the schema existed:
 * `{ name, moved: { [nodeId]: [lon, lat] }, params: { method?, radiusKm?, zoneDepthKm?,
 * bandDepthKm? }, language? }`. Fields it lacks take the defaults; the rest is checked by the
 * current schema after the later migrations. The result has the shape of version 1.
 */
const migrateV0toV1: Migration = (raw) => {
  const { slides: _slides, ...defaults } = defaultScenario();
  const base = { ...defaults, version: 1 };
  const params = isRecord(raw.params) ? raw.params : {};
  const zoneDepthKm = isRecord(params.zoneDepthKm)
    ? { ...base.analysis.zoneDepthKm, ...params.zoneDepthKm }
    : base.analysis.zoneDepthKm;
  if (raw.moved !== undefined && !isRecord(raw.moved)) {
    return 'moved: expected an object of node id → [longitude, latitude]';
  }
  return {
    ...base,
    name: raw.name ?? base.name,
    nodes: { ...base.nodes, moved: raw.moved ?? {} },
    analysis: { ...base.analysis, ...params, zoneDepthKm },
    view: { ...base.view, ...(raw.language === undefined ? {} : { language: raw.language }) },
  };
};

/** Version 2 adds the presenter's slides; a version-1 scenario has none. */
const migrateV1toV2: Migration = (raw) => {
  if (raw.slides !== undefined) return 'slides: a version-1 scenario cannot have slides';
  return { ...raw, version: 2, slides: [] };
};

/** Version 3 adds the indicator choropleth to the view and to slides; older ones show none. */
const migrateV2toV3: Migration = (raw) => {
  const view = isRecord(raw.view) ? { ...raw.view, indicator: null } : raw.view;
  const slides = Array.isArray(raw.slides)
    ? raw.slides.map((slide: unknown) => (isRecord(slide) ? { ...slide, indicator: null } : slide))
    : raw.slides;
  return { ...raw, version: 3, view, slides };
};

/** Version 4 adds speaker notes to slides; an older slide has none, in every language. */
const migrateV3toV4: Migration = (raw) => {
  const slides = Array.isArray(raw.slides)
    ? raw.slides.map((slide: unknown) =>
        isRecord(slide) ? { ...slide, notes: { ky: '', ru: '', en: '' } } : slide,
      )
    : raw.slides;
  return { ...raw, version: 4, slides };
};

/** Keyed by the version a migration starts from. */
const MIGRATIONS: Record<number, Migration> = {
  0: migrateV0toV1,
  1: migrateV1toV2,
  2: migrateV2toV3,
  3: migrateV3toV4,
};

export type ParseScenarioResult =
  | { ok: true; scenario: Scenario; migrated: boolean }
  | {
      ok: false;
      /** For developers (English): the path at fault and what is wrong there. */
      error: string;
      /** The path at fault, such as `slides[1].camera.zoom`: named in the user's notice. */
      field: string;
      /** Set when the scenario was made by a newer app (its version). */
      newerVersion?: number;
    };

/**
 * Validates anything (a stored record, a decoded link, an imported file's `scenario` member) as
 * a scenario, migrating older versions first. Never throws; the error names the path at fault.
 *
 * @example
 *   parseScenario(defaultScenario()); // { ok: true, scenario, migrated: false }
 *   parseScenario({ name: 'Draft', moved: { osh: [72.8, 40.5] }, params: {} }).migrated; // true
 *   parseScenario({ ...s, nodes: { ...s.nodes, candidates: [{ ...c, position: ['x', 1] }] } });
 *   // { ok: false, error: 'nodes.candidates[0].position[0]: expected number, received string' }
 */
export function parseScenario(raw: unknown): ParseScenarioResult {
  try {
    if (!isRecord(raw))
      return { ok: false, error: 'expected a scenario object', field: '(scenario)' };
    let current: Record<string, unknown> = raw;
    let version = raw.version === undefined ? 0 : raw.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      return { ok: false, error: 'version: expected a whole number', field: 'version' };
    }
    if (version > SCENARIO_VERSION) {
      return {
        ok: false,
        error: `version: the scenario has version ${version}, made by a newer app (this app reads up to ${SCENARIO_VERSION})`,
        field: 'version',
        newerVersion: version,
      };
    }
    const migrated = version < SCENARIO_VERSION;
    while (version < SCENARIO_VERSION) {
      const migration = MIGRATIONS[version];
      if (migration === undefined) {
        return {
          ok: false,
          error: `version: no migration from version ${version}`,
          field: 'version',
        };
      }
      const next = migration(current);
      if (typeof next === 'string') {
        return { ok: false, error: `migrating from version ${version}: ${next}`, field: 'version' };
      }
      current = next;
      version += 1;
    }
    const parsed = scenarioSchema.safeParse(current);
    if (parsed.success) return { ok: true, scenario: parsed.data, migrated };
    return {
      ok: false,
      error: describeIssues(parsed.error.issues),
      field: describePath(parsed.error.issues[0]?.path ?? []),
    };
  } catch (error) {
    return {
      ok: false,
      error: `could not read the scenario (${errorText(error)})`,
      field: '(scenario)',
    };
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (first === undefined) return 'invalid scenario';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return `${describePath(first.path)}: ${first.message.replace(/^Invalid input: /, '')}${more}`;
}

/** Renders a path like `nodes.candidates[2].position`. */
function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  }
  return out === '' ? '(scenario)' : out;
}

/** A plain object (not null, not an array): the shape JSON objects from outside must have. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An error's message, even from a hostile object whose getters throw. */
function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
