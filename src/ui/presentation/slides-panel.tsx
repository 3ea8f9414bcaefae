/**
 * The presenter's own slides: capture the current view (camera, layers, mode, analysis
 * parameters) with a caption and speaker notes per language; reorder, edit, delete; present
 * them. Saved with the scenario, so they travel in its export and its link. The notes show only
 * in the presenter view.
 */

import { useScenarioStore } from '../../state/scenario-store';
import { LANGUAGES } from '../../vocabulary/languages';
import { useTranslation } from '../i18n/use-translation';
import { useMapControllerRef } from '../map/map-context';
import { slideDeck } from './decks';
import { startPresentation } from './presentation-control';

const CAPTION_LIMIT = 500;
/** As the scenario schema allows (MAX_NOTES_LENGTH). */
const NOTES_LIMIT = 2000;

export function SlidesPanel() {
  const t = useTranslation();
  const controllerRef = useMapControllerRef();
  const slides = useScenarioStore((state) => state.slides);
  const { addSlide, updateSlideCaption, updateSlideNotes, moveSlide, deleteSlide } =
    useScenarioStore.getState();

  const addCurrentView = () => {
    const camera = controllerRef.current?.camera();
    if (!camera) return;
    const { view, analysis } = useScenarioStore.getState();
    addSlide({
      caption: { ky: '', ru: '', en: '' },
      notes: { ky: '', ru: '', en: '' },
      camera,
      mode: view.mode,
      overlays: view.overlays,
      analysisLayers: view.analysisLayers,
      analysis,
      indicator: view.indicator,
    });
  };

  return (
    <section className="panel slides-panel" aria-labelledby="slides-heading">
      <h2 id="slides-heading">{t('presentation:slides.title')}</h2>
      <div className="buttons">
        <button type="button" onClick={addCurrentView}>
          + {t('presentation:slides.add')}
        </button>
        <button
          type="button"
          disabled={slides.length === 0}
          onClick={() => startPresentation(slideDeck(slides), controllerRef.current, 'slides')}
        >
          ▶ {t('presentation:slides.present')}
        </button>
      </div>
      {slides.length === 0 ? <p className="hint">{t('presentation:slides.empty')}</p> : null}
      <ol className="slide-list">
        {slides.map((slide, index) => (
          <li key={slide.id} data-id={slide.id}>
            <fieldset>
              <legend>
                {index + 1}. {t('presentation:slides.caption')}
              </legend>
              {LANGUAGES.map((lang) => (
                <label key={lang} lang={lang}>
                  <span>{lang.toUpperCase()}</span>
                  <input
                    value={slide.caption[lang]}
                    maxLength={CAPTION_LIMIT}
                    onChange={(event) =>
                      updateSlideCaption(slide.id, { ...slide.caption, [lang]: event.target.value })
                    }
                  />
                </label>
              ))}
            </fieldset>
            <fieldset className="slide-notes">
              <legend>
                {index + 1}. {t('presentation:slides.notes')}
              </legend>
              {LANGUAGES.map((lang) => (
                <label key={lang} lang={lang}>
                  <span>{lang.toUpperCase()}</span>
                  <textarea
                    value={slide.notes[lang]}
                    maxLength={NOTES_LIMIT}
                    rows={2}
                    onChange={(event) =>
                      updateSlideNotes(slide.id, { ...slide.notes, [lang]: event.target.value })
                    }
                  />
                </label>
              ))}
            </fieldset>
            <div className="buttons">
              <button
                type="button"
                disabled={index === 0}
                onClick={() => moveSlide(slide.id, -1)}
                aria-label={`${t('presentation:slides.up')}: ${index + 1}`}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={index === slides.length - 1}
                onClick={() => moveSlide(slide.id, 1)}
                aria-label={`${t('presentation:slides.down')}: ${index + 1}`}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => deleteSlide(slide.id)}
                aria-label={`${t('presentation:slides.delete')}: ${index + 1}`}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
