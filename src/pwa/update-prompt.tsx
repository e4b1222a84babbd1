import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';

/**
 * Offers a new version instead of forcing it (registerType 'prompt'): a reload in the middle of
 * reading or exercising would lose the user's place. They choose the moment.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('pwa');
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (needRefresh) {
    return (
      <div className="toast" role="status">
        <p>{t('update.available')}</p>
        <div className="toast-actions">
          <button type="button" className="button button-primary" onClick={() => void updateServiceWorker(true)}>
            {t('update.apply')}
          </button>
          <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="toast" role="status">
        <p>{t('offlineReady.message')}</p>
        <div className="toast-actions">
          <button type="button" className="button" onClick={() => setOfflineReady(false)}>
            {t('offlineReady.close')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
