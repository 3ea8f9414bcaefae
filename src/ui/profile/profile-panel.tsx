/** The side sheet that shows the selected place's profile; Escape or the close button dismisses it. */

import { lazy, Suspense, useEffect, useRef } from 'react';
import { placeName } from '../../data/atlas-index';
import { PROFILE_KIND_LABEL } from '../../profile/kind-labels';
import { useViewStore } from '../../state/view-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';

/** The facts need turf and the investor's distances: they load when a profile first opens. */
const ProfileBody = lazy(() =>
  import('./profile-body').then((module) => ({ default: module.ProfileBody })),
);

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
        <Suspense fallback={null}>
          <ProfileBody selection={selection} />
        </Suspense>
      </div>
    </aside>
  );
}
