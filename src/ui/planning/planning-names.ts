/** Names of what the planning answers refer to by id: nodes of the scenario and the attractors. */
import type { AtlasData } from '../../data/atlas';
import { atlasIndex, placeName } from '../../data/atlas-index';
import { pick } from '../../i18n/languages';
import type { Language } from '../../vocabulary/languages';
import type { ScenarioNodes } from '../../vocabulary/scenario';

/** A growth node's name: the Concept's in `lang`, or the planner's own for a candidate. */
export function nodeName(
  atlas: AtlasData,
  nodes: ScenarioNodes,
  id: string,
  lang: Language,
): string {
  const candidate = nodes.candidates.find((c) => c.id === id);
  if (candidate) return candidate.name;
  return pick(atlasIndex(atlas).growthNodes.get(id)?.name, lang) || id;
}

/** An attractor's name: a Kyrgyz node's, or a neighbour's city in `lang` (English where missing). */
export function attractorName(
  atlas: AtlasData,
  nodes: ScenarioNodes,
  id: string,
  lang: Language,
): string {
  const city = atlas.foreignCities.features.find((f) => f.properties.id === id);
  return city
    ? (city.properties.name[lang] ?? city.properties.name.en)
    : nodeName(atlas, nodes, id, lang);
}

/** A listed settlement's name in `lang` (its source's Latin name where that is all there is). */
export function settlementName(atlas: AtlasData, id: string, lang: Language): string {
  return placeName(atlas, { kind: 'settlement', id }, lang) || id;
}
