import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isIos, useDeviceFact } from '../../pwa/device';
import { paths } from '../../routing/paths';
import { notificationAccess, requestNotificationAccess, showAppNotification } from './notifications';

const accessListeners = new Set<() => void>();

/** Re-reads the permission: after the user answered, and when they come back from the phone's settings. */
function subscribeAccess(listener: () => void): () => void {
  accessListeners.add(listener);
  document.addEventListener('visibilitychange', listener);
  return () => {
    accessListeners.delete(listener);
    document.removeEventListener('visibilitychange', listener);
  };
}

function accessChanged(): void {
  for (const listener of [...accessListeners]) listener();
}

/**
 * Notifications: one sentence on why, then permission asked only from a tap. Denied or missing
 * notifications are explained; the reminder in the app and the calendar file work either way.
 */
export function NotificationSettings() {
  const { t, i18n } = useTranslation('reminder');
  // The server snapshot (null) keeps a prerendered page's first render equal to the server's.
  const access = useSyncExternalStore(subscribeAccess, notificationAccess, () => null);
  const [test, setTest] = useState<'sent' | 'failed' | null>(null);
  const onIos = useDeviceFact(isIos);

  const sendTest = async () => {
    const shown = await showAppNotification({
      title: t('notifications.testTitle'),
      body: t('notifications.testBody'),
      tag: 'rugplan-test',
      url: paths.reminder,
      lang: i18n.language,
    });
    setTest(shown ? 'sent' : 'failed');
  };

  return (
    <section className="card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t('notifications.title')}</h2>
      {access === 'default' && (
        <>
          <p>{t('notifications.why')}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => void requestNotificationAccess().then(accessChanged)}
            >
              {t('notifications.ask')}
            </button>
          </div>
        </>
      )}
      {access === 'granted' && (
        <>
          <p>{t('notifications.granted')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void sendTest()}>
              {t('notifications.test')}
            </button>
          </div>
          {test && <p role="status">{test === 'sent' ? t('notifications.testSent') : t('notifications.failed')}</p>}
        </>
      )}
      {access === 'denied' && <p className="notice">{t('notifications.denied')}</p>}
      {access === 'unsupported' && (
        <p className="notice">{onIos ? t('notifications.unsupportedIos') : t('notifications.unsupported')}</p>
      )}
    </section>
  );
}
