import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui-store';

/** Messages for the user: errors are alerts, the rest polite. Each can be dismissed. */
export function Notices() {
  const notices = useUiStore((state) => state.notices);
  const dismiss = useUiStore((state) => state.dismiss);
  const { t } = useTranslation();
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice notice--${notice.kind}`}>
          <span>{notice.text}</span>
          <button type="button" className="button button--quiet" aria-label={t('app.notices.dismiss')} onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
