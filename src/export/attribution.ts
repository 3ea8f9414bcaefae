/** The sources line printed on every exported sheet: what the map's own sources say, once each. */

/**
 * "Sources: A · B · C" from the attribution of each source a style draws (`sourceIds`, in style
 * order), worded by `attributions` in the sheet's language, without repeats or markup
 * (MapLibre attributions may hold links).
 * @example attributionLine(['a', 'b'], { a: 'Natural Earth', b: 'Natural Earth' }, 'Sources')
 * // 'Sources: Natural Earth'
 */
export function attributionLine(
  sourceIds: Iterable<string>,
  attributions: Readonly<Record<string, string>>,
  label: string,
): string {
  const texts = [...sourceIds]
    .map((id) => attributions[id] ?? '')
    .map((text) => text.replace(/<[^>]*>/g, '').trim())
    .filter(Boolean);
  return `${label}: ${[...new Set(texts)].join(' · ')}`;
}
