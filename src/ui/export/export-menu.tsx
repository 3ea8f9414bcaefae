/** "Export" in the header: opens the export dialog, which loads only when first opened. */
import { lazy, Suspense, useRef, useState } from 'react';
import { usePresentationStore } from '../../state/presentation-store';
import { useTranslation } from '../i18n/use-translation';
import './export-menu.css';

const ExportDialog = lazy(() =>
  import('./export-dialog').then((module) => ({ default: module.ExportDialog })),
);

export function ExportMenu() {
  const t = useTranslation();
  const presenting = usePresentationStore((state) => state.deck !== null);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (presenting) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="export-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? 'export-dialog' : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
          <path
            d="M8 1.5v8M4.5 6.5 8 10l3.5-3.5M2.5 11.5v2h11v-2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </svg>
        <span className="toggle-text">{t('export:button')}</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}
