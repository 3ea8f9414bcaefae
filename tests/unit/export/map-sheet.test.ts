// The map sheet's layout, legend and attribution, checked with a stand-in font measure.
import { describe, expect, it } from 'vitest';
import { attributionLine } from '../../../src/export/attribution';
import { atlasLegendTexts, legendSections } from '../../../src/export/legend-entries';
import { mapDecorations, mapSheet } from '../../../src/export/map-sheet';
import { type DrawOp, PAPER, type Rect, wrapText } from '../../../src/export/sheet';
import type { ChoroplethLegend } from '../../../src/investor/choropleth-legend';
import { analysisColours } from '../../../src/map/palette';
import { realAtlas } from '../../helpers/atlas';

/** Noto Sans averages about 0.55 em per letter: close enough to lay out. */
const measure = (text: string, size: number) => text.length * size * 0.55;
const atlas = realAtlas();
const explore = {
  overlays: { oblasts: true, growthNodes: true, logistics: true, clusters: true },
  mode: 'explore' as const,
  analysisLayers: { catchments: true, overlaps: true, uncovered: true, zones: true, band: true },
};
const legendInput = {
  view: explore,
  language: 'en' as const,
  clusters: atlas.clusters.clusters,
  zones: atlas.zones.influence.zones,
  analysisShown: false,
  candidates: false,
  choropleth: null,
  texts: atlasLegendTexts(atlas, 'en'),
};
const text = {
  title: 'Aimak Atlas — Scenario 1',
  subtitle: 'Regional Policy Concept of the Kyrgyz Republic, 2018–2022',
  date: 'November 27, 2026',
  legendTitle: 'Legend',
  attribution: 'Sources: Natural Earth · GeoNames',
};

const inside = (outer: Rect, x: number, y: number) =>
  x >= outer.x - 0.01 &&
  x <= outer.x + outer.width + 0.01 &&
  y >= outer.y - 0.01 &&
  y <= outer.y + outer.height + 0.01;
const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.type === 'text' ? [op] : []));

describe('legend entries', () => {
  it('lists each visible overlay with the map symbols, clusters by name', () => {
    const sections = legendSections(legendInput);
    expect(sections.map((s) => s.title)).toEqual([
      'Regions',
      'Growth nodes',
      'Logistics centres',
      'Economic clusters',
    ]);
    expect(sections[3]?.items).toHaveLength(atlas.clusters.clusters.length);
    expect(sections[3]?.items.every((item) => item.symbol.type === 'badge')).toBe(true);
  });

  it('leaves out hidden overlays and, while analysing, the clusters (as the map does)', () => {
    const sections = legendSections({
      ...legendInput,
      view: { ...explore, mode: 'analyse', overlays: { ...explore.overlays, logistics: false } },
      analysisShown: true,
    });
    const titles = sections.map((s) => s.title);
    expect(titles).not.toContain('Logistics centres');
    expect(titles).not.toContain('Economic clusters');
    expect(titles).toContain('Catchments and zones');
    const zones = sections.find((s) => s.title.startsWith('Cross-border'));
    expect(zones?.items.map((item) => item.label)).toEqual([
      'Uzbekistan influence zone',
      'Tajikistan influence zone',
      'Kazakhstan influence zone',
      // §5.4 names three zones and asks only to take China's neighbourhood into account.
      "China's neighbourhood — to be taken into account",
    ]);
    expect(zones?.items[0]?.symbol).toMatchObject({ colour: analysisColours.zones.UZ });
  });

  it("draws China's neighbourhood (§5.4: only to be taken into account) apart from the three zones", () => {
    const sections = legendSections({
      ...legendInput,
      view: { ...explore, mode: 'analyse' },
      analysisShown: true,
    });
    const zones = sections.find((s) => s.title.startsWith('Cross-border'))?.items ?? [];
    const [uz, tj, kz, cn] = zones.map((item) => item.symbol);
    for (const zone of [uz, tj, kz]) {
      expect(zone).toMatchObject({ type: 'area', opacity: 0.35 });
      expect(zone).not.toHaveProperty('dashed');
    }
    // An outline only, dashed: no fill that would make it read as a fourth zone.
    expect(cn).toEqual({
      type: 'area',
      colour: analysisColours.zones.CN,
      opacity: 0,
      outline: analysisColours.zones.CN,
      dashed: true,
    });
  });

  it('draws an indicator choropleth first: classes, unit, source and the symbol note', () => {
    const choropleth: ChoroplethLegend = {
      title: 'Gross regional product, 2019',
      unit: 'million som',
      source: '§4, Table 1',
      classes: [
        { colour: '#fee5d9', label: '19,922 – 56,427' },
        { colour: '#a50f15', label: '56,427 – 180,000' },
      ],
      symbolNote: 'Osh city: a proportional circle',
    };
    const [first] = legendSections({ ...legendInput, choropleth });
    expect(first?.title).toBe('Gross regional product, 2019, million som');
    expect(first?.items.map((item) => item.label)).toEqual(['19,922 – 56,427', '56,427 – 180,000']);
    expect(first?.notes).toEqual(['§4, Table 1', 'Osh city: a proportional circle']);
  });
});

describe('map sheet', () => {
  const legend = legendSections(legendInput);

  it.each([
    ['A4 landscape', PAPER.a4],
    ['A3 landscape', PAPER.a3],
    ['a phone screen', { width: 390 * 0.75, height: 786 * 0.75 }],
  ])('keeps every text on %s inside the page and off the map', (_, size) => {
    const { sheet, mapFrame } = mapSheet(size, text, legend, measure);
    const page = { x: 0, y: 0, width: size.width, height: size.height };
    expect(inside(page, mapFrame.x, mapFrame.y)).toBe(true);
    expect(inside(page, mapFrame.x + mapFrame.width, mapFrame.y + mapFrame.height)).toBe(true);
    expect(mapFrame.height).toBeGreaterThan(size.height * 0.4);
    for (const op of texts(sheet.ops)) {
      const left =
        op.align === 'right'
          ? op.x - measure(op.text, op.size)
          : op.align === 'center'
            ? op.x - measure(op.text, op.size) / 2
            : op.x;
      expect(inside(page, left, op.y), op.text).toBe(true);
      expect(inside(page, left + measure(op.text, op.size), op.y - op.size), op.text).toBe(true);
      const overMap =
        inside(mapFrame, left + 1, op.y - 1) ||
        inside(mapFrame, left + measure(op.text, op.size) - 1, op.y - 1);
      expect(overMap, op.text).toBe(false);
    }
    const all = texts(sheet.ops)
      .map((op) => op.text)
      .join(' ');
    expect(all).toContain('Aimak Atlas');
    expect(all).toContain('November 27, 2026');
    expect(all).toContain('Sources: Natural Earth');
    expect(all).toContain('Legend');
  });

  it('puts the legend beside the map on landscape paper and below it on a phone', () => {
    const landscape = mapSheet(PAPER.a4, text, legend, measure);
    const legendText = texts(landscape.sheet.ops).find((op) => op.text === 'Legend');
    expect(legendText?.x).toBeGreaterThan(landscape.mapFrame.x + landscape.mapFrame.width);
    const phone = mapSheet({ width: 292, height: 590 }, text, legend, measure);
    const phoneLegend = texts(phone.sheet.ops).find((op) => op.text === 'Legend');
    expect(phoneLegend?.y).toBeGreaterThan(phone.mapFrame.y + phone.mapFrame.height);
  });

  it('adds a scale bar and a north arrow inside the map frame, the arrow turned by the bearing', () => {
    const frame = { x: 20, y: 60, width: 600, height: 400 };
    const scale = {
      metresPerPoint: 1000,
      bearing: 0,
      north: 'N',
      language: 'en' as const,
    };
    const ops = mapDecorations(frame, scale);
    expect(texts(ops).map((op) => op.text)).toEqual(['0', '100 km', 'N']);
    // The unit follows the sheet's language.
    const kyrgyz = mapDecorations(frame, { ...scale, north: 'Т', language: 'ky' });
    expect(texts(kyrgyz).map((op) => op.text)).toEqual(['0', '100 км', 'Т']);
    const arrowTip = (bearing: number) => {
      const [dark] = mapDecorations(frame, { ...scale, bearing }).filter(
        (op) => op.type === 'polygon',
      );
      return dark?.type === 'polygon' ? dark.points[0] : undefined;
    };
    const [x0, y0] = arrowTip(0) ?? [0, 0];
    const [x90, y90] = arrowTip(90) ?? [0, 0];
    // Facing east (bearing 90°), north is to the left of the sheet.
    expect(x90).toBeLessThan(x0);
    expect(y90).toBeGreaterThan(y0);
    for (const op of ops) {
      if (op.type === 'rect') expect(inside(frame, op.rect.x, op.rect.y)).toBe(true);
    }
  });

  it('wraps text at spaces and splits a word longer than the line', () => {
    expect(wrapText('one two three', 8 * 5.5, 10, 'regular', measure)).toEqual([
      'one two',
      'three',
    ]);
    expect(wrapText('abcdefghij', 4 * 5.5, 10, 'regular', measure)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('legend words from geodata', () => {
  it('words the multimodal centre from logistics-centres.json: its node, kind and modes', () => {
    expect(atlasLegendTexts(atlas, 'en').modalCentres).toEqual([
      'Balykchy: multimodal (water, road, rail)',
    ]);
    expect(atlasLegendTexts(atlas, 'ky').modalCentres).toEqual([
      'Балыкчы: мультимодалдык (суу, автомобиль, темир жол)',
    ]);
  });
  it('names the nodes with programmes of their own and the cities drawn as points', () => {
    const ky = atlasLegendTexts(atlas, 'ky');
    expect(ky.ownProgrammes).toBe('Бишкек жана Ош: өз өнүгүү программалары');
    expect(atlasLegendTexts(atlas, 'ru').ownProgrammes).toBe(
      'Бишкек и Ош: собственные программы развития',
    );
    expect(atlasLegendTexts(atlas, 'en').pointCities).toMatch(/^Osh city: no boundary/);
  });
});

describe('attribution line', () => {
  it('names each source once, in order, without markup', () => {
    const attributions = {
      country: 'Natural Earth',
      oblasts: 'Natural Earth',
      online: '<a href="https://x">OpenFreeMap</a> © OpenStreetMap',
    };
    const drawn = ['country', 'oblasts', 'online', 'plain'];
    expect(attributionLine(drawn, attributions, 'Sources')).toBe(
      'Sources: Natural Earth · OpenFreeMap © OpenStreetMap',
    );
  });
});
