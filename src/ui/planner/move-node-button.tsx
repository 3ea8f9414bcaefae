/**
 * The "Move <node>" button of the node editor and of a node's profile: it starts the move panel
 * (./move-node.tsx) and gets the focus back when the move ends. Kept apart from the panel, so
 * that a profile loads no search or coordinate reading until a node is moved.
 */
import type { AtlasData } from '../../data/atlas';
import { placeName, scenarioNodePositions } from '../../data/atlas-index';
import { cancelNodeMove, startNodeMove } from '../../state/node-move';
import { useScenarioStore } from '../../state/scenario-store';
import type { Language } from '../../vocabulary/languages';
import type { ScenarioNodes } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';

/** The name of a Concept node in `lang`, or a candidate's name as the planner typed it. */
export function nodeName(
  atlas: AtlasData,
  candidates: ScenarioNodes['candidates'],
  id: string,
  lang: Language,
): string {
  const candidate = candidates.find((c) => c.id === id);
  return candidate ? candidate.name : placeName(atlas, { kind: 'node', id }, lang);
}

/** The id of the Move button of node `id` in the node editor or in the profile. */
function moveButtonId(id: string, where: 'editor' | 'profile'): string {
  return `move-node-${where}-${id}`;
}

/**
 * The button that starts moving a node (a Concept node or a candidate); it gets the focus back
 * when the move ends.
 *
 * @example
 *   <MoveNodeButton id="naryn" where="editor" /> // "Move Naryn"
 */
export function MoveNodeButton({
  id,
  where,
  className,
}: {
  id: string;
  where: 'editor' | 'profile';
  className?: string;
}) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const candidates = useScenarioStore((state) => state.nodes.candidates);
  const name = nodeName(atlas, candidates, id, lang);
  const buttonId = moveButtonId(id, where);
  const start = () => {
    const position = scenarioNodePositions(atlas, useScenarioStore.getState().nodes).get(id);
    if (!position) return;
    cancelNodeMove(); // another node's move, if one was under way
    startNodeMove(id, position, buttonId);
  };
  return (
    <button
      type="button"
      id={buttonId}
      className={className}
      aria-label={t('planner:move.buttonName', { name })}
      onClick={start}
    >
      {t('planner:move.button')}
    </button>
  );
}
