/** "Present" in the header (or the key P): starts the built-in tour of the Concept. */
import { useEffect } from 'react';
import { usePresentationStore } from '../../state/presentation-store';
import { useAtlas } from '../atlas/atlas-context';
import { useTranslation } from '../i18n/use-translation';
import { isTypingTarget } from '../keyboard';
import { useMapControllerRef } from '../map/map-context';
import { tourDeck } from './decks';
import { startPresentation } from './presentation-control';

export function PresentButton() {
  const t = useTranslation();
  const atlas = useAtlas();
  const controllerRef = useMapControllerRef();
  const start = () => startPresentation(tourDeck(atlas), controllerRef.current);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'p' || usePresentationStore.getState().deck) return;
      event.preventDefault();
      startPresentation(tourDeck(atlas), controllerRef.current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [atlas, controllerRef]);

  return (
    <button type="button" className="present-button" onClick={start} aria-keyshortcuts="P">
      <span aria-hidden="true">▶</span>{' '}
      <span className="toggle-text">{t('presentation:start')}</span>
    </button>
  );
}
