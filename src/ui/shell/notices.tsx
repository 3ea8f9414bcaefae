/** The app's notices, each dismissable; errors are announced (role alert), the rest politely. */

import { wordingText } from '../../i18n/wording';
import { useNoticeStore } from '../../state/notice-store';
import { useTranslation } from '../i18n/use-translation';

export function Notices() {
  const t = useTranslation();
  const notices = useNoticeStore((state) => state.notices);
  const dismiss = useNoticeStore((state) => state.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p>
            <strong>{wordingText(t, notice.message)}</strong>
            {notice.reasons && notice.reasons.length > 0 ? (
              <span className="notice-detail">
                {notice.reasons.map((reason) => wordingText(t, reason)).join('\n')}
              </span>
            ) : null}
          </p>
          <button type="button" aria-label={t('shell:close')} onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
