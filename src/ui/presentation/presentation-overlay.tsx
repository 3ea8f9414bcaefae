/**
 * The presenter's screen: the map with a large caption, the Concept section, a progress indicator
 * and the attribution. Clicker keys: → PageDown Space next, ← PageUp back, Home/End, digits jump,
 * N opens the presenter view (a second window with the notes, kept in step), Esc leaves and
 * restores the view as it was.
 */

import { lazy, Suspense, useEffect, useRef } from 'react';
import { pick } from '../../i18n/languages';
import { usePresentationStore } from '../../state/presentation-store';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useMapControllerRef } from '../map/map-context';
import { showSlide, stopPresentation } from './presentation-control';
import { openPresenterView, usePresenterBridge } from './presenter-bridge';
import { SlideKey } from './slide-key';

/** The key of a slide's choropleth loads with the first slide that shows one. */
const ChoroplethKey = lazy(() =>
  import('../legend/choropleth-key').then((module) => ({ default: module.ChoroplethKey })),
);

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'Backspace']);

export function PresentationOverlay() {
  const t = useTranslation();
  const lang = useLanguage();
  const controllerRef = useMapControllerRef();
  const deck = usePresentationStore((state) => state.deck);
  const index = usePresentationStore((state) => state.index);
  const slide = deck?.[index];
  usePresenterBridge();

  const columnRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (slide) {
      // The caption column covers the map's left side; on a phone it is a sheet below instead.
      const column = columnRef.current;
      const beside = column !== null && column.offsetHeight >= window.innerHeight - 1;
      const inset = beside
        ? { left: column.offsetWidth, bottom: 0 }
        : { left: 0, bottom: column?.offsetHeight ?? 0 };
      showSlide(slide, controllerRef.current, inset);
    }
  }, [slide, controllerRef]);

  useEffect(() => {
    if (!deck) return;
    const { go, step } = usePresentationStore.getState();
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (NEXT.has(event.key)) step(1);
      else if (PREVIOUS.has(event.key)) step(-1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(deck.length - 1);
      else if (event.key === 'Escape') stopPresentation(controllerRef.current);
      else if (event.code === 'KeyN' || event.key.toLowerCase() === 'n') openPresenterView();
      else if (/^[0-9]$/.test(event.key)) go(event.key === '0' ? 9 : Number(event.key) - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [deck, controllerRef]);

  if (!deck || !slide) return null;
  const { step } = usePresentationStore.getState();
  return (
    <section
      ref={columnRef}
      className="presentation"
      aria-live="polite"
      aria-label={t('presentation:region')}
      data-slide={slide.id}
    >
      {/* Focusable: on a phone the caption may scroll, and a keyboard must be able to scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region takes the focus (WCAG 2.1.1) */}
      <div className="presentation-card" tabIndex={0}>
        {slide.title ? <h2>{pick(slide.title, lang)}</h2> : null}
        <p className="presentation-caption">{pick(slide.caption, lang)}</p>
        {slide.source ? <p className="presentation-source">{slide.source}</p> : null}
        {slide.indicator ? (
          <Suspense fallback={null}>
            <ChoroplethKey view={slide.indicator} />
          </Suspense>
        ) : null}
        <SlideKey slide={slide} />
      </div>
      <nav className="presentation-controls" aria-label={t('presentation:controls')}>
        <button
          type="button"
          onClick={() => step(-1)}
          disabled={index === 0}
          aria-label={t('presentation:previous')}
        >
          ←
        </button>
        <span className="presentation-progress">
          {t('presentation:progress', { n: index + 1, total: deck.length })}
        </span>
        <ol className="presentation-dots" aria-hidden="true">
          {deck.map((item, i) => (
            <li key={item.id} className={i === index ? 'current' : undefined} />
          ))}
        </ol>
        <button
          type="button"
          onClick={() => step(1)}
          disabled={index === deck.length - 1}
          aria-label={t('presentation:next')}
        >
          →
        </button>
        <button
          type="button"
          onClick={openPresenterView}
          aria-label={t('presentation:presenter.open')}
          aria-keyshortcuts="N"
        >
          {/* A second screen with lines of notes. */}
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <rect
              x="1.5"
              y="3"
              width="17"
              height="11"
              rx="1.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
            <path
              d="M5 7h10M5 10h7M7 17h6"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
        </button>
        <button
          type="button"
          onClick={() => stopPresentation(controllerRef.current)}
          aria-label={t('presentation:exit')}
        >
          ✕
        </button>
      </nav>
    </section>
  );
}
