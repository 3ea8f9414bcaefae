/**
 * The presenter view: a second window (`?presenter`) beside the projector's. It shows the slide on
 * screen and the next one (title, caption, § source), the current slide's speaker notes in the
 * atlas window's language, the local time and the time since the presentation started, and
 * previous / next / go-to controls. It follows the atlas window over the presenter channel
 * (src/state/presenter-channel.ts) and only asks it to move: the atlas window decides. No map, no
 * worker and no atlas data are loaded here; the deck's text comes over the channel.
 */
import { useCallback, useEffect, useState } from 'react';
import { numberLocale, pick } from '../../i18n/languages';
import {
  type AtlasMessage,
  PRESENTER_CHANNEL,
  type PresenterMessage,
  type PresenterSlide,
  parseChannelMessage,
} from '../../state/presenter-channel';
import { useScenarioStore } from '../../state/scenario-store';
import { useLanguage, useTranslation } from '../i18n/use-translation';

type Presenting = Extract<AtlasMessage, { kind: 'presenting' }>;
type Status = 'waiting' | 'following' | 'stopped' | 'closed';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'Backspace']);

/** The presentation followed over the channel, and how to ask its window to move. */
function usePresenterFeed(): {
  presentation: Presenting | null;
  status: Status;
  ask: (message: PresenterMessage) => void;
} {
  const [presentation, setPresentation] = useState<Presenting | null>(null);
  const [status, setStatus] = useState<Status>('waiting');
  const [channel, setChannel] = useState<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(PRESENTER_CHANNEL);
    let following: string | null = null;
    opened.onmessage = (event: MessageEvent) => {
      const message = parseChannelMessage(event.data);
      if (message === null) return;
      if (message.kind === 'presenting') {
        following = message.from;
        useScenarioStore.getState().setView({ language: message.language });
        setPresentation(message);
        setStatus('following');
      } else if (message.kind === 'idle') {
        // Another atlas tab that is not presenting says nothing about the one followed.
        if (following !== null && message.from !== following) return;
        useScenarioStore.getState().setView({ language: message.language });
        if (following === null) return;
        following = null;
        setPresentation(null);
        setStatus(message.reason === 'closed' ? 'closed' : 'stopped');
      }
    };
    opened.postMessage({ kind: 'hello' } satisfies PresenterMessage);
    setChannel(opened);
    return () => {
      opened.close();
      setChannel(null);
    };
  }, []);

  const ask = useCallback(
    (message: PresenterMessage) => {
      try {
        channel?.postMessage(message);
      } catch {
        // the channel closed with the window
      }
    },
    [channel],
  );
  return { presentation, status, ask };
}

/** The local time, ticking each second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** 0:07:05 → "7:05"; over an hour "1:07:05". */
function elapsedText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

function SlideText({ slide }: { slide: PresenterSlide }) {
  const lang = useLanguage();
  return (
    <>
      {slide.title ? <h3 className="presenter-slide-title">{pick(slide.title, lang)}</h3> : null}
      <p className="presenter-caption">{pick(slide.caption, lang)}</p>
      {slide.source ? <p className="presenter-source">{slide.source}</p> : null}
    </>
  );
}

export function PresenterScreen() {
  const t = useTranslation();
  const lang = useLanguage();
  const now = useNow();
  const { presentation, status, ask } = usePresenterFeed();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('presentation:presenter.title')} — ${t('shell:appTitle')}`;
  }, [lang, t]);

  // The clicker's keys, as the overlay reads them in the atlas window.
  useEffect(() => {
    if (!presentation) return;
    const { from: to, deck } = presentation;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLSelectElement) return; // the go-to list has its own keys
      if (NEXT.has(event.key)) ask({ kind: 'step', to, offset: 1 });
      else if (PREVIOUS.has(event.key)) ask({ kind: 'step', to, offset: -1 });
      else if (event.key === 'Home') ask({ kind: 'go', to, index: 0 });
      else if (event.key === 'End') ask({ kind: 'go', to, index: deck.length - 1 });
      else if (/^[0-9]$/.test(event.key)) {
        const index = event.key === '0' ? 9 : Number(event.key) - 1;
        if (index < deck.length) ask({ kind: 'go', to, index });
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presentation, ask]);

  const clock = new Intl.DateTimeFormat(numberLocale(lang), {
    hour: '2-digit',
    minute: '2-digit',
  }).format(now);

  const current = presentation?.deck[presentation.index];
  const next = presentation?.deck[presentation.index + 1];
  const notes = current ? pick(current.notes, lang) : '';

  return (
    <div className="presenter" data-status={status}>
      <header className="presenter-bar">
        <h1>{t('presentation:presenter.title')}</h1>
        {presentation ? (
          <p className="presenter-deck">{t(`presentation:presenter.${presentation.deckName}`)}</p>
        ) : null}
        <dl className="presenter-times">
          <div>
            <dt>{t('presentation:presenter.clock')}</dt>
            <dd>
              <time className="presenter-clock">{clock}</time>
            </dd>
          </div>
          {presentation ? (
            <div>
              <dt>{t('presentation:presenter.elapsed')}</dt>
              <dd>
                <time className="presenter-elapsed">
                  {elapsedText(now - presentation.startedAt)}
                </time>
              </dd>
            </div>
          ) : null}
        </dl>
      </header>
      <main className="presenter-main">
        <p className={presentation ? 'visually-hidden' : 'presenter-status'} role="status">
          {t(`presentation:presenter.${status}`)}
        </p>
        {presentation && current ? (
          <>
            <section
              className="presenter-current"
              aria-labelledby="presenter-now"
              data-slide={current.id}
            >
              <h2 id="presenter-now">
                {t('presentation:presenter.now', {
                  n: presentation.index + 1,
                  total: presentation.deck.length,
                })}
              </h2>
              <SlideText slide={current} />
              <section className="presenter-notes" aria-labelledby="presenter-notes-heading">
                <h3 id="presenter-notes-heading">{t('presentation:presenter.notes')}</h3>
                {notes ? (
                  <p className="presenter-notes-text">{notes}</p>
                ) : (
                  <p className="presenter-notes-none">{t('presentation:presenter.noNotes')}</p>
                )}
              </section>
            </section>
            <section
              className="presenter-next"
              aria-labelledby="presenter-next-heading"
              data-slide={next?.id}
            >
              {next ? (
                <>
                  <h2 id="presenter-next-heading">
                    {t('presentation:presenter.next', { n: presentation.index + 2 })}
                  </h2>
                  <SlideText slide={next} />
                </>
              ) : (
                <h2 id="presenter-next-heading">{t('presentation:presenter.last')}</h2>
              )}
            </section>
            <nav className="presenter-controls" aria-label={t('presentation:controls')}>
              <button
                type="button"
                className="presenter-step"
                onClick={() => ask({ kind: 'step', to: presentation.from, offset: -1 })}
                disabled={presentation.index === 0}
                aria-label={t('presentation:previous')}
              >
                ←
              </button>
              <label className="presenter-goto">
                <span>{t('presentation:presenter.goTo')}</span>
                <select
                  value={presentation.index}
                  onChange={(event) =>
                    ask({ kind: 'go', to: presentation.from, index: Number(event.target.value) })
                  }
                >
                  {presentation.deck.map((slide, i) => (
                    <option key={slide.id} value={i}>
                      {i + 1}. {pick(slide.title ?? slide.caption, lang).slice(0, 80)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="presenter-step"
                onClick={() => ask({ kind: 'step', to: presentation.from, offset: 1 })}
                disabled={presentation.index === presentation.deck.length - 1}
                aria-label={t('presentation:next')}
              >
                →
              </button>
            </nav>
          </>
        ) : null}
      </main>
    </div>
  );
}
