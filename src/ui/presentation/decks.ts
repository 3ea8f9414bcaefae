// The two decks a presenter can show: the built-in tour of the Concept (geodata/concept/tour.json)
// and the presenter's own slides, saved with the scenario.
import type { AtlasData } from '../../data/atlas';
import { DEFAULT_INDICATOR_STYLE } from '../../investor/default-indicator-style';
import type { DeckSlide } from '../../state/presentation-store';
import type { Slide } from '../../vocabulary/scenario';

export function tourDeck(atlas: AtlasData): DeckSlide[] {
  return atlas.tour.chapters.map((chapter) => ({
    id: chapter.id,
    title: chapter.title,
    caption: chapter.caption,
    notes: chapter.notes,
    source: chapter.source,
    camera: {
      center: chapter.camera.center,
      zoom: chapter.camera.zoom,
      bearing: chapter.camera.bearing,
      pitch: chapter.camera.pitch,
    },
    mode: chapter.mode,
    overlays: chapter.overlays,
    analysisLayers: chapter.analysisLayers,
    ...(chapter.analysis ? { analysis: chapter.analysis } : {}),
    ...(chapter.highlight ? { highlight: chapter.highlight } : {}),
    indicator: chapter.indicator ? { ...DEFAULT_INDICATOR_STYLE, ...chapter.indicator } : null,
  }));
}

export function slideDeck(slides: readonly Slide[]): DeckSlide[] {
  return slides.map((slide) => ({
    id: slide.id,
    caption: slide.caption,
    notes: slide.notes,
    camera: slide.camera,
    mode: slide.mode,
    overlays: slide.overlays,
    analysisLayers: slide.analysisLayers,
    analysis: slide.analysis,
    indicator: slide.indicator,
  }));
}
