/** Names export files for what they hold and the day they were made: `aimak-balykchy-2026-11-27.pdf`. */

/** A file-name-safe slug: ASCII letters and digits joined by dashes (accents dropped, "Issyk-Kul" → "issyk-kul"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The calendar date where the user is (not UTC: an export at 01:00 in Bishkek is today's). */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The file name of an export: `aimak-<subject…>-<local date>.<extension>`; subjects that slug to
 * nothing (a name with no Latin letters) are left out.
 * @example exportFileName(['Balykchy'], 'pdf', new Date(2026, 10, 27)) // 'aimak-balykchy-2026-11-27.pdf'
 */
export function exportFileName(subjects: readonly string[], extension: string, date: Date): string {
  const parts = ['aimak', ...subjects.map(slug).filter(Boolean), localIsoDate(date)];
  return `${parts.join('-')}.${extension}`;
}
