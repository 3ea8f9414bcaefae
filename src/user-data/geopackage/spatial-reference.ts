// A GeoPackage table's coordinates to WGS84 lon/lat: EPSG:4326 as it is, EPSG:3857 and the WGS84
// UTM zones by their codes, any other srs through proj4 from its stored WKT or proj string.

import type { Position } from 'geojson';
import proj4 from 'proj4';

/** A row of `gpkg_spatial_ref_sys`. */
export interface SpatialRef {
  srsId: number;
  organization: string;
  organizationId: number;
  definition: string;
}

export type ToLonLat = (position: Position) => Position;

const identity: ToLonLat = ([x = Number.NaN, y = Number.NaN]) => [x, y];

/** The EPSG code a row stands for, from its organisation (falling back to the srs id). */
function epsgCode(srs: SpatialRef): number | null {
  if (srs.organization.toUpperCase() === 'EPSG') return srs.organizationId;
  return null;
}

/** proj4 source definitions of the codes this reader knows without reading the definition. */
function knownProj(code: number): string | null {
  if (code === 3857 || code === 900913) return 'EPSG:3857';
  const north = code >= 32601 && code <= 32660;
  const south = code >= 32701 && code <= 32760;
  if (!north && !south) return null;
  const zone = code % 100;
  return `+proj=utm +zone=${zone}${south ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`;
}

/**
 * The transform of a table's positions to lon/lat; null when the srs cannot be read (the table is
 * then refused). srs 0 is the standard's "undefined geographic": taken as lon/lat.
 * @example toLonLatOf({ srsId: 3857, organization: 'EPSG', organizationId: 3857, definition: '' })!([0, 0]) // [0, 0]
 */
export function toLonLatOf(srs: SpatialRef): ToLonLat | null {
  const code = epsgCode(srs);
  if (code === 4326 || srs.srsId === 0 || (code === null && srs.srsId === 4326)) return identity;
  const known = knownProj(code ?? srs.srsId);
  const source = known ?? srs.definition.trim();
  if (source === '' || source.toLowerCase() === 'undefined') return null;
  try {
    const converter = proj4(source, 'EPSG:4326');
    const probe = converter.forward([0, 0]);
    if (!probe.every(Number.isFinite) && known === null) return null;
    return ([x = Number.NaN, y = Number.NaN]) => converter.forward([x, y]);
  } catch {
    return null;
  }
}
