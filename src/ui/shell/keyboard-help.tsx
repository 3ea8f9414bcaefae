/**
 * "Keyboard shortcuts" in the header (or the key ?): a modal dialog listing every key the atlas
 * answers to, MapLibre's own map keys and the presenter's clicker keys included. The native
 * <dialog> opened with showModal() keeps the focus inside; Escape closes it and the focus goes
 * back to where it was.
 */
import { Fragment, type KeyboardEvent, useCallback, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { TextKey } from '../../i18n/i18n';
import { useTranslation } from '../i18n/use-translation';
import { isTypingTarget } from '../keyboard';

/** A key as printed on it, or a key whose name is translated (Space). */
type Key = string | { word: TextKey };
/** One shortcut: alternative key combinations (each pressed together) and what they do. */
type Shortcut = { keys: Key[][]; action: TextKey };

const SPACE: Key = { word: 'keyboard:key.space' };
/** The four arrow keys, one after another (not pressed together). */
const ARROWS = '← ↑ → ↓';

/**
 * Every shortcut, by where it works. The map's are MapLibre's KeyboardHandler (maplibre-gl 6):
 * arrows pan 100 px, + and − zoom by one level (two with Shift), Shift with ←/→ rotates 15°,
 * Shift with ↑/↓ tilts 10°.
 */
const GROUPS: Array<{ title: TextKey; shortcuts: Shortcut[] }> = [
  {
    title: 'keyboard:group.anywhere',
    shortcuts: [
      { keys: [['Tab']], action: 'keyboard:do.skip' },
      { keys: [['/']], action: 'keyboard:do.search' },
      { keys: [['?']], action: 'keyboard:do.help' },
      { keys: [['P']], action: 'keyboard:do.present' },
      { keys: [['Ctrl', 'Z']], action: 'keyboard:do.undo' },
      {
        keys: [
          ['Ctrl', 'Shift', 'Z'],
          ['Ctrl', 'Y'],
        ],
        action: 'keyboard:do.redo',
      },
      { keys: [['Esc']], action: 'keyboard:do.close' },
    ],
  },
  {
    title: 'keyboard:group.map',
    shortcuts: [
      { keys: [[ARROWS]], action: 'keyboard:do.pan' },
      { keys: [['+'], ['=']], action: 'keyboard:do.zoomIn' },
      { keys: [['−']], action: 'keyboard:do.zoomOut' },
      {
        keys: [
          ['Shift', '←'],
          ['Shift', '→'],
        ],
        action: 'keyboard:do.rotate',
      },
      {
        keys: [
          ['Shift', '↑'],
          ['Shift', '↓'],
        ],
        action: 'keyboard:do.tilt',
      },
    ],
  },
  {
    title: 'keyboard:group.search',
    shortcuts: [
      { keys: [['↑'], ['↓']], action: 'keyboard:do.searchMove' },
      { keys: [['Enter']], action: 'keyboard:do.searchChoose' },
      { keys: [['Esc']], action: 'keyboard:do.searchClose' },
    ],
  },
  {
    title: 'keyboard:group.move',
    shortcuts: [
      { keys: [[ARROWS]], action: 'keyboard:do.move1' },
      { keys: [['Shift', ARROWS]], action: 'keyboard:do.move10' },
      { keys: [['Enter']], action: 'keyboard:do.keep' },
      { keys: [['Esc']], action: 'keyboard:do.putBack' },
    ],
  },
  {
    title: 'keyboard:group.crosshair',
    shortcuts: [
      { keys: [[ARROWS]], action: 'keyboard:do.crosshairPan' },
      { keys: [['+'], ['−']], action: 'keyboard:do.crosshairZoom' },
      { keys: [['Enter']], action: 'keyboard:do.crosshairPlace' },
      { keys: [['Esc']], action: 'keyboard:do.crosshairLeave' },
    ],
  },
  {
    title: 'keyboard:group.present',
    shortcuts: [
      { keys: [['→'], ['PageDown'], [SPACE]], action: 'keyboard:do.next' },
      { keys: [['←'], ['PageUp'], ['Backspace']], action: 'keyboard:do.previous' },
      { keys: [['Home'], ['End']], action: 'keyboard:do.firstLast' },
      { keys: [['1–9'], ['0']], action: 'keyboard:do.slideNumber' },
      { keys: [['N']], action: 'keyboard:do.presenterView' },
      { keys: [['Esc']], action: 'keyboard:do.leave' },
    ],
  },
];

/** `?` on any layout (Shift+7 types it on the Russian one), with no Ctrl, Alt or ⌘. */
function isHelpShortcut(event: globalThis.KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === '?' || (event.code === 'Slash' && event.shiftKey);
}

function Keys({ keys }: { keys: Key[][] }) {
  const t = useTranslation();
  return (
    <>
      {keys.map((combination, i) => (
        <Fragment
          key={combination.map((key) => (typeof key === 'string' ? key : key.word)).join('+')}
        >
          {i > 0 ? <span className="keys-or"> {t('keyboard:key.or')} </span> : null}
          {combination.map((key, j) => (
            <Fragment key={typeof key === 'string' ? key : key.word}>
              {j > 0 ? '+' : null}
              <kbd>{typeof key === 'string' ? key : t(key.word)}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

export function KeyboardHelp() {
  const t = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();

  const open = useCallback(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
  }, []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isHelpShortcut(event) || isTypingTarget(event.target)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const returnFocus = () => {
    const element = opener.current;
    opener.current = null;
    if (element?.isConnected) element.focus();
  };
  // The page under a modal dialog must not act on its keys (Escape would also leave a
  // presentation or close the profile; arrows would turn slides).
  const keepKeys = (event: KeyboardEvent) => event.stopPropagation();

  return (
    <>
      <button
        type="button"
        className="help-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={open}
      >
        <span aria-hidden="true">?</span>
        <span className="toggle-text">{t('keyboard:help.button')}</span>
      </button>
      {/* In <body>: the header is hidden while presenting, and ? works there too. */}
      {createPortal(
        <dialog
          ref={dialog}
          className="keyboard-help"
          aria-labelledby={`${id}-title`}
          onClose={returnFocus}
          onKeyDown={keepKeys}
        >
          <div className="keyboard-help-header">
            <h2 id={`${id}-title`}>{t('keyboard:help.title')}</h2>
            <button
              type="button"
              className="keyboard-help-close"
              onClick={() => dialog.current?.close()}
              aria-label={t('shell:close')}
            >
              ×
            </button>
          </div>
          <p>{t('keyboard:help.intro')}</p>
          <p>{t('keyboard:help.mac')}</p>
          {GROUPS.map((group, g) => (
            <Fragment key={group.title}>
              <h3 id={`${id}-group-${g}`}>{t(group.title)}</h3>
              <table className="shortcut-table" aria-labelledby={`${id}-group-${g}`}>
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">{t('keyboard:help.keys')}</th>
                    <th scope="col">{t('keyboard:help.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.shortcuts.map((shortcut) => (
                    <tr key={shortcut.action}>
                      <td>
                        <Keys keys={shortcut.keys} />
                      </td>
                      <td>{t(shortcut.action)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Fragment>
          ))}
        </dialog>,
        document.body,
      )}
    </>
  );
}
