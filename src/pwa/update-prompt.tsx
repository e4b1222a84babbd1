import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import { records } from '../storage/records';
import { useStored } from '../storage/use-stored';

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
  // A new version waits while an exercise runs: the offer appears once the round is over
  // (like PROXX, which applies its update when a new game starts).
  const { value: running } = useStored(records.activeExercise);

  if (running) return null; // no toast over the exercise controls either

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
