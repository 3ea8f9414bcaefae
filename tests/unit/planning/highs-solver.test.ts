// The HiGHS wrapper on models whose answer is known: a 4-item knapsack checked against all 16
// subsets, an LP solved by hand, an infeasible model, and the MPS export.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHighsSolver, loadHighs } from '../../../src/planning/highs-solver';
import type { MipModel } from '../../../src/planning/mip';

let solver: ReturnType<typeof createHighsSolver>;

beforeAll(async () => {
  solver = createHighsSolver(await loadHighs());
});

const binary = (name: string, cost: number) => ({ name, cost, lower: 0, upper: 1, integer: true });

// Values 10, 13, 7, 8; weights 5, 6, 3, 4; capacity 10.
const values = [10, 13, 7, 8];
const weights = [5, 6, 3, 4];
const knapsack: MipModel = {
  sense: 'maximize',
  columns: values.map((v, j) => binary(`item${j}`, v)),
  rows: [
    {
      name: 'capacity',
      lower: Number.NEGATIVE_INFINITY,
      upper: 10,
      columns: [0, 1, 2, 3],
      coefficients: weights,
    },
  ],
};

describe('createHighsSolver', () => {
  it('a 4-item knapsack: the best of all 16 subsets (items 1 and 3, value 21)', () => {
    let best = { value: -1, mask: 0 };
    for (let mask = 0; mask < 16; mask++) {
      const pick = [0, 1, 2, 3].filter((j) => mask & (1 << j));
      const weight = pick.reduce((s, j) => s + (weights[j] as number), 0);
      const value = pick.reduce((s, j) => s + (values[j] as number), 0);
      if (weight <= 10 && value > best.value) best = { value, mask };
    }
    expect(best).toEqual({ value: 21, mask: 0b1010 });

    const s = solver.solve(knapsack);
    expect(s.status).toBe('optimal');
    expect(s.objective).toBeCloseTo(21, 9);
    expect(s.gap).toBeLessThanOrEqual(1e-9);
    expect([...s.values].map((v) => Math.round(v))).toEqual([0, 1, 0, 1]);
    for (const v of s.values) expect(Math.abs(v - Math.round(v))).toBeLessThan(1e-6);
    expect(s.ms).toBeGreaterThanOrEqual(0);
  });

  it('minimising, with a fixed column and a two-sided row', () => {
    // x0 + x1 + x2 = 3 with integers 0…3 at costs 4, 1, 2, but x1 fixed to 0: x2 = 3 costs 6.
    const model: MipModel = {
      sense: 'minimize',
      columns: [
        { name: 'x0', cost: 4, lower: 0, upper: 3, integer: true },
        { name: 'x1', cost: 1, lower: 0, upper: 0, integer: true },
        { name: 'x2', cost: 2, lower: 0, upper: 3, integer: true },
      ],
      rows: [{ name: 'cover', lower: 3, upper: 3, columns: [0, 1, 2], coefficients: [1, 1, 1] }],
    };
    const s = solver.solve(model);
    expect(s.status).toBe('optimal');
    expect(s.objective).toBeCloseTo(6, 9);
    // + 0: interior point may return −0.
    expect([...s.values].map((v) => Math.round(v) + 0)).toEqual([0, 0, 3]);
  });

  it('an LP: maximise x + y with x + 2y ≤ 4, 3x + y ≤ 6 → x = 1.6, y = 1.2, 2.8', () => {
    const model: MipModel = {
      sense: 'maximize',
      columns: [
        { name: 'x', cost: 1, lower: 0, upper: Number.POSITIVE_INFINITY, integer: false },
        { name: 'y', cost: 1, lower: 0, upper: Number.POSITIVE_INFINITY, integer: false },
      ],
      rows: [
        {
          name: 'a',
          lower: Number.NEGATIVE_INFINITY,
          upper: 4,
          columns: [0, 1],
          coefficients: [1, 2],
        },
        {
          name: 'b',
          lower: Number.NEGATIVE_INFINITY,
          upper: 6,
          columns: [0, 1],
          coefficients: [3, 1],
        },
      ],
    };
    const s = solver.solve(model);
    expect(s.status).toBe('optimal');
    expect(s.gap).toBe(0);
    expect(s.objective).toBeCloseTo(2.8, 9);
    expect(s.values[0]).toBeCloseTo(1.6, 9);
    expect(s.values[1]).toBeCloseTo(1.2, 9);
  });

  it('an infeasible model: status infeasible and no values', () => {
    // Two binaries cannot sum to 3.
    const model: MipModel = {
      sense: 'maximize',
      columns: [binary('a', 1), binary('b', 1)],
      rows: [
        {
          name: 'three',
          lower: 3,
          upper: Number.POSITIVE_INFINITY,
          columns: [0, 1],
          coefficients: [1, 1],
        },
      ],
    };
    const s = solver.solve(model);
    expect(s.status).toBe('infeasible');
    expect(s.values).toHaveLength(0);
    expect(Number.isNaN(s.objective)).toBe(true);
  });

  it('exportMps writes an MPS file: it starts with NAME and lists the columns and rows', () => {
    const bytes = solver.exportMps(knapsack);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('NAME')).toBe(true);
    for (const word of ['MAX', 'ROWS', 'COLUMNS', 'INTORG', 'RHS', 'ENDATA', 'item0', 'capacity']) {
      expect(text).toContain(word);
    }
  });
});
