/** The app's notices, each dismissable; errors are announced (role alert), the rest politely. */

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
            <strong>{t(notice.message)}</strong>
            {notice.detail ? <span className="notice-detail">{notice.detail}</span> : null}
          </p>
          <button type="button" aria-label={t('close')} onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
