// Export file names say what the file holds and the local day it was made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFileName, localIsoDate, slug } from '../../../src/export/file-names';

describe('export file names', () => {
  it('slugs English names to lower-case ASCII words joined by dashes', () => {
    expect(slug('Balykchy')).toBe('balykchy');
    expect(slug('Issyk-Kul Region')).toBe('issyk-kul-region');
    expect(slug('  Jalal-Abad  (Region) ')).toBe('jalal-abad-region');
    expect(slug('Kochkor-Ata')).toBe('kochkor-ata');
    expect(slug('Özgön')).toBe('ozgon');
  });

  // Bishkek is UTC+6 all year: near midnight its date differs from the UTC date.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Bishkek';
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it('uses the local calendar date, not the UTC one', () => {
    // 00:30 local time on 27 November: in UTC+6 (Bishkek) the UTC date is still the 26th.
    expect(localIsoDate(new Date(2026, 10, 27, 0, 30))).toBe('2026-11-27');
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('names each kind of export as the issue asks', () => {
    const date = new Date(2026, 10, 27, 15, 0);
    expect(exportFileName(['Balykchy'], 'pdf', date)).toBe('aimak-balykchy-2026-11-27.pdf');
    expect(exportFileName(['map'], 'png', date)).toBe('aimak-map-2026-11-27.png');
    expect(exportFileName(['analysis', 'catchments'], 'csv', date)).toBe(
      'aimak-analysis-catchments-2026-11-27.csv',
    );
  });

  it('leaves out a subject with no Latin letters rather than writing an empty part', () => {
    expect(exportFileName(['Балыкчы'], 'pdf', new Date(2026, 10, 27))).toBe('aimak-2026-11-27.pdf');
  });
});
