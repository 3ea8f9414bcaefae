/** The sources line printed on every exported sheet: what the map's own sources say, once each. */

/**
 * "Sources: A · B · C" from the `attribution` of each source in a style, in style order, without
 * repeats or markup (MapLibre attributions may hold links).
 * @example attributionLine({ a: { attribution: 'Natural Earth' }, b: { attribution: 'Natural Earth' } }, 'Sources')
 * // 'Sources: Natural Earth'
 */
export function attributionLine(sources: Record<string, object>, label: string): string {
  const texts = Object.values(sources)
    .map((source) => ('attribution' in source ? String(source.attribution) : ''))
    .map((text) => text.replace(/<[^>]*>/g, '').trim())
    .filter(Boolean);
  return `${label}: ${[...new Set(texts)].join(' · ')}`;
}
