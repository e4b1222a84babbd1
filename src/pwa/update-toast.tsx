import { useTranslation } from 'react-i18next';

export type UpdateToastProps = {
  /** A new version is waiting, or this first version has just been stored for offline use. */
  kind: 'update' | 'offline-ready';
  /** "Nieuwe versie laden" (an update only). */
  onApply?: () => void;
  /** "Later" or "Sluiten". */
  onClose: () => void;
};

/** The toast of UpdatePrompt: its own chunk with its strings, loaded only when there is something to say. */
export function UpdateToast({ kind, onApply, onClose }: UpdateToastProps) {
  const { t } = useTranslation('pwa');
  const update = kind === 'update';
  return (
    <div className="toast" role="status">
      <p>{update ? t('update.available') : t('offlineReady.message')}</p>
      <div className="toast-actions">
        {update && (
          <button type="button" className="button button-primary" onClick={onApply}>
            {t('update.apply')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {update ? t('update.later') : t('offlineReady.close')}
        </button>
      </div>
    </div>
  );
}
