// Who is pulled abroad (§5.4 gives no measure): the Huff model's probability that a settlement is
// drawn to each attractor, P(i→j) = A_j / d_ij^β ÷ Σ_k A_k / d_ik^β, with A = population^α.
import { greatCircleKm } from '../analysis/great-circle';
import type { LonLat } from '../analysis/types';
import type { AttractorCountry } from '../vocabulary/planning';

export interface Attractor {
  id: string;
  country: AttractorCountry;
  population: number;
  lonLat: LonLat;
}

export interface HuffParams {
  /** Exponent of attractiveness: A = population^α. */
  alpha: number;
  /** Distance decay. */
  beta: number;
  /** Distances below this count as this (km): a settlement on an attractor is not infinitely drawn. */
  minDistanceKm: number;
}

export interface SettlementPull {
  id: string;
  /** Σ P over the attractors abroad, 0–1. */
  foreignShare: number;
  /** The attractor with the largest P, and its country. */
  topAttractor: string;
  topAttractorCountry: AttractorCountry;
  /** Σ P per country (KG included). */
  byCountry: Partial<Record<AttractorCountry, number>>;
}

/**
 * Huff probabilities of every settlement; attractors without population are not given.
 * @example
 * huffPull([{ id: 'a', lonLat: [72, 41] }], [
 *   { id: 'kg', country: 'KG', population: 100, lonLat: [72, 41.1] },
 *   { id: 'uz', country: 'UZ', population: 100, lonLat: [72, 40.8] },
 * ], { alpha: 1, beta: 2, minDistanceKm: 1 })[0].foreignShare; // 0.2 (twice as far: a quarter of the pull)
 */
export function huffPull(
  settlements: readonly { id: string; lonLat: LonLat }[],
  attractors: readonly Attractor[],
  { alpha, beta, minDistanceKm }: HuffParams,
): SettlementPull[] {
  const weights = attractors.map((a) => a.population ** alpha);
  return settlements.map((s) => {
    const pulls = attractors.map(
      (a, j) =>
        (weights[j] as number) / Math.max(minDistanceKm, greatCircleKm(s.lonLat, a.lonLat)) ** beta,
    );
    const total = pulls.reduce((sum, p) => sum + p, 0);
    const byCountry: SettlementPull['byCountry'] = {};
    let top = 0;
    pulls.forEach((p, j) => {
      const country = (attractors[j] as Attractor).country;
      byCountry[country] = (byCountry[country] ?? 0) + p / total;
      if (p > (pulls[top] as number)) top = j;
    });
    const topAttractor = attractors[top] as Attractor;
    return {
      id: s.id,
      foreignShare: 1 - (byCountry.KG ?? 0),
      topAttractor: topAttractor.id,
      topAttractorCountry: topAttractor.country,
      byCountry,
    };
  });
}
