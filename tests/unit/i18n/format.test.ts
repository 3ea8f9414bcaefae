// The one number and unit formatter: separators of each language, units from the resources.
import { describe, expect, it } from 'vitest';
import {
  formatArea,
  formatDistance,
  formatMetres,
  formatNumber,
  formatPercent,
} from '../../../src/i18n/format';

describe('formatNumber', () => {
  it('writes Kyrgyz and Russian with a no-break space between thousands and a decimal comma', () => {
    expect(formatNumber('ky', 14188.5, { digits: 1 })).toBe('14\u00a0188,5');
    expect(formatNumber('ru', 14188.5, { digits: 1 })).toBe('14\u00a0188,5');
    expect(formatNumber('en', 14188.5, { digits: 1 })).toBe('14,188.5');
  });
  it('rounds to the digits asked, or keeps them all with fixed', () => {
    expect(formatNumber('en', 14188.46)).toBe('14,188');
    expect(formatNumber('ky', 3, { digits: 1, fixed: true })).toBe('3,0');
  });
});

describe('units', () => {
  it('writes km² in Kyrgyz and Russian as км², in English as km²', () => {
    expect(formatArea('ky', 12345.4)).toBe('12\u00a0345 км²');
    expect(formatArea('ru', 12345.4)).toBe('12\u00a0345 км²');
    expect(formatArea('en', 12345.4)).toBe('12,345 km²');
  });
  it('writes distances in km and short lengths in metres', () => {
    expect(formatDistance('ky', 44.6)).toBe('45 км');
    expect(formatDistance('en', 44.6)).toBe('45 km');
    expect(formatMetres('ru', 500)).toBe('500 м');
  });
  it('writes shares as percentages in each language’s style', () => {
    expect(formatPercent('ru', 0.123)).toBe('12,3\u00a0%');
    expect(formatPercent('ky', 0.123)).toBe('12,3\u00a0%');
    expect(formatPercent('en', 0.123)).toBe('12.3%');
  });
});
