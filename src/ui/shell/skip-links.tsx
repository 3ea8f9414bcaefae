/**
 * The page's first focusable things (WCAG 2.4.1): "Skip to the map" focuses the map canvas,
 * "Skip to the lists" opens the side panel if it is closed and focuses its first heading. They
 * show only while focused. The links never change the address: its `#s=` holds the scenario.
 */
import { flushSync } from 'react-dom';
import { useTranslation } from '../i18n/use-translation';

/** The map canvas (MapLibre names it and makes it focusable), or its area if no map is drawn. */
function focusMap(): void {
  const area = document.getElementById('map-area');
  const canvas = area?.querySelector<HTMLElement>('canvas[tabindex="0"]');
  (canvas ?? area)?.focus();
}

/** The side panel's first heading, or the panel itself while its panels still load. */
function focusLists(): void {
  const panel = document.getElementById('side-panel');
  const heading = panel?.querySelector<HTMLElement>('h2, h3');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  (heading ?? panel)?.focus();
}

/** A link to a part of the page that moves the focus there itself and leaves the address alone. */
function SkipLink({ href, follow, text }: { href: string; follow: () => void; text: string }) {
  return (
    <a
      className="skip-link"
      href={href}
      onClick={(event) => {
        event.preventDefault();
        follow();
      }}
    >
      {text}
    </a>
  );
}

export function SkipLinks({
  listsShown,
  showLists,
}: {
  /** Whether the side panel is on screen at all (not while presenting). */
  listsShown: boolean;
  /** Opens the side panel (closed on a phone at start). */
  showLists: () => void;
}) {
  const t = useTranslation();
  return (
    <div className="skip-links">
      <SkipLink href="#map-area" follow={focusMap} text={t('keyboard:skip.map')} />
      {listsShown ? (
        <SkipLink
          href="#side-panel"
          follow={() => {
            // The panel must be on screen before its heading can take the focus.
            flushSync(showLists);
            focusLists();
          }}
          text={t('keyboard:skip.lists')}
        />
      ) : null}
    </div>
  );
}
