/** The side sheet that shows the selected place's profile; Escape or the close button dismisses it. */

import { useEffect, useRef } from 'react';
import { placeName } from '../../data/atlas-index';
import { useViewStore } from '../../state/view-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { PROFILE_BODIES, PROFILE_KIND_LABEL } from './profiles';

export function ProfilePanel() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const selection = useViewStore((state) => state.selection);
  const select = useViewStore((state) => state.select);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!selection) return;
    headingRef.current?.scrollIntoView?.({ block: 'nearest' });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, select]);

  if (!selection) return null;
  const Body = PROFILE_BODIES[selection.kind];
  return (
    <aside
      className="profile"
      aria-labelledby="profile-heading"
      data-kind={selection.kind}
      data-id={selection.id}
    >
      <header className="profile-header">
        <p className="profile-kind">{t(PROFILE_KIND_LABEL[selection.kind])}</p>
        <h3 id="profile-heading" ref={headingRef}>
          {placeName(atlas, selection, lang)}
        </h3>
        <button
          type="button"
          className="close"
          onClick={() => select(null)}
          aria-label={t('shell:close')}
        >
          ×
        </button>
      </header>
      <div className="profile-body">
        <Body id={selection.id} />
      </div>
    </aside>
  );
}
