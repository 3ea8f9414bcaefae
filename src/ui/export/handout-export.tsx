/**
 * "Handout (PDF)" in the export dialog: the built-in tour or the user's own slides, one page per
 * slide. While it is written the dialog shows which slide is on the map, with Cancel; closing the
 * dialog cancels too. Either way the user's view comes back as it was (handout-slides.ts).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { DeckSlide } from '../../state/presentation-store';
import { useScenarioStore } from '../../state/scenario-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useMapControllerRef } from '../map/map-context';
import { slideDeck, tourDeck } from '../presentation/decks';
import { type ExportOutcome, exportHandoutPdf } from './exporters';
import { handoutSlides } from './handout-slides';

type Deck = 'tour' | 'slides';
type Progress = { deck: Deck; n: number; total: number };

export function HandoutExport({
  working,
  run,
}: {
  working: boolean;
  /** The dialog's runner: says "preparing", then what was saved or why it failed, once. */
  run: (job: () => Promise<ExportOutcome>) => void;
}) {
  const t = useTranslation();
  const lang = useLanguage();
  const atlas = useAtlas();
  const controllerRef = useMapControllerRef();
  const slides = useScenarioStore((state) => state.slides);
  const [progress, setProgress] = useState<Progress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const buttons = useRef<Record<Deck, HTMLButtonElement | null>>({ tour: null, slides: null });
  const id = useId();

  // Closing the dialog mid-way stops the walk, which puts the view back.
  useEffect(() => () => abort.current?.abort(), []);

  const start = (deckName: Deck, deck: DeckSlide[]) => {
    const controller = controllerRef.current;
    if (working || !controller || deck.length === 0) return;
    const stop = new AbortController();
    abort.current = stop;
    const request = { deck: deckName, count: deck.length, language: lang, signal: stop.signal };
    const walk = handoutSlides(deck, atlas, controller, {
      signal: stop.signal,
      onSlide: (n) => setProgress({ deck: deckName, n, total: deck.length }),
    });
    run(() =>
      exportHandoutPdf(controller, walk, request).finally(() => {
        abort.current = null;
        // Cancel goes with the progress: its focus goes back to the button that started it.
        const focusLost = document.activeElement === document.body || !document.activeElement;
        setProgress(null);
        if (focusLost || document.activeElement?.id === `${id}-cancel`) {
          buttons.current[deckName]?.focus();
        }
      }),
    );
  };

  const noSlides = slides.length === 0;
  return (
    <fieldset>
      <legend>{t('export:handout.title')}</legend>
      <p className="export-reason">{t('export:handout.about')}</p>
      {noSlides ? (
        <p className="export-reason" id={`${id}-slides-reason`}>
          {t('export:handout.slidesNone')}
        </p>
      ) : null}
      <div className="export-row">
        <button
          ref={(element) => {
            buttons.current.tour = element;
          }}
          type="button"
          aria-disabled={working}
          data-export="handout-tour"
          onClick={() => start('tour', tourDeck(atlas))}
        >
          {t('export:handout.tour')}
        </button>
        <button
          ref={(element) => {
            buttons.current.slides = element;
          }}
          type="button"
          disabled={noSlides}
          aria-disabled={working}
          aria-describedby={noSlides ? `${id}-slides-reason` : undefined}
          data-export="handout-slides"
          onClick={() => start('slides', slideDeck(slides))}
        >
          {t('export:handout.slides')}
        </button>
      </div>
      {progress ? (
        <div className="export-progress">
          <progress max={progress.total} value={progress.n} aria-labelledby={`${id}-progress`} />
          <span id={`${id}-progress`}>
            {t('presentation:progress', { n: progress.n, total: progress.total })}
          </span>
          <button
            type="button"
            id={`${id}-cancel`}
            className="export-cancel"
            onClick={() => abort.current?.abort()}
          >
            {t('export:handout.cancel')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
