/**
 * The atlas window's side of the presenter view: opens (or focuses) the second window, tells it
 * the deck, the slide on screen and the language whenever they change, and takes its "go" and
 * "step" requests. The presentation never depends on the presenter view: without one, or when it
 * closes, nothing here is waited for.
 */
import { useEffect } from 'react';
import { type DeckSlide, usePresentationStore } from '../../state/presentation-store';
import {
  type AtlasMessage,
  newWindowId,
  PRESENTER_CHANNEL,
  type PresenterSlide,
  parseChannelMessage,
} from '../../state/presenter-channel';
import { useScenarioStore } from '../../state/scenario-store';

/** The query that makes the page a presenter view (src/main.tsx chooses the root by it). */
const PRESENTER_QUERY = 'presenter';
/** One presenter window per atlas: opening it again reaches the same window by this name. */
const WINDOW_NAME = 'aimak-atlas-presenter';

let presenterWindow: Window | null = null;

/**
 * Opens the presenter view, or brings the open one to the front. Returns false when the browser
 * refused to open a window (a popup blocker).
 */
export function openPresenterView(): boolean {
  if (presenterWindow && !presenterWindow.closed) {
    presenterWindow.focus();
    return true;
  }
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set(PRESENTER_QUERY, '');
  url.searchParams.set('lang', useScenarioStore.getState().view.language);
  // A named window: a second call (even after this page reloaded) reuses it instead of a new one.
  presenterWindow = window.open(url.href, WINDOW_NAME, 'popup,width=1280,height=800');
  presenterWindow?.focus();
  return presenterWindow !== null;
}

function presenterSlide(slide: DeckSlide): PresenterSlide {
  return {
    id: slide.id,
    title: slide.title ?? null,
    caption: slide.caption,
    notes: slide.notes,
    source: slide.source ?? null,
  };
}

/**
 * Keeps presenter views in step with this window's presentation for as long as the component
 * using it is mounted (the presentation overlay, which is always there).
 */
export function usePresenterBridge(): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    const from = newWindowId();
    let stopped = false;

    const current = (): AtlasMessage => {
      const { deck, deckName, index, startedAt } = usePresentationStore.getState();
      const language = useScenarioStore.getState().view.language;
      if (!deck || deck.length === 0) {
        return { kind: 'idle', from, reason: stopped ? 'stopped' : 'none', language };
      }
      return {
        kind: 'presenting',
        from,
        deckName,
        deck: deck.map(presenterSlide),
        index,
        startedAt: startedAt ?? Date.now(),
        language,
      };
    };
    const send = (message: AtlasMessage) => {
      try {
        channel.postMessage(message);
      } catch {
        // a closed channel (the page is going away): the presenter view finds out by itself
      }
    };

    channel.onmessage = (event: MessageEvent) => {
      const message = parseChannelMessage(event.data);
      if (message === null) return;
      if (message.kind === 'hello') {
        // Every atlas window answers; the presenter view follows the one that is presenting.
        send(current());
        return;
      }
      if (message.kind !== 'go' && message.kind !== 'step') return;
      if (message.to !== from || !usePresentationStore.getState().deck) return;
      const { go, step } = usePresentationStore.getState();
      if (message.kind === 'go') go(message.index);
      else step(message.offset);
    };

    const unsubscribePresentation = usePresentationStore.subscribe((state, before) => {
      if (state.deck === before.deck && state.index === before.index) return;
      if (!state.deck && before.deck) stopped = true;
      send(current());
    });
    const unsubscribeLanguage = useScenarioStore.subscribe((state, before) => {
      if (state.view.language !== before.view.language) send(current());
    });
    const onPageHide = () => {
      send({ kind: 'idle', from, reason: 'closed', language: current().language });
    };
    window.addEventListener('pagehide', onPageHide);

    return () => {
      window.removeEventListener('pagehide', onPageHide);
      unsubscribePresentation();
      unsubscribeLanguage();
      channel.close();
    };
  }, []);
}
