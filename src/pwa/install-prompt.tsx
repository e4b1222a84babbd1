import { useTranslation } from 'react-i18next';
import { isIosBrowser, isStandalone, useDeviceFact } from './device';
import { promptInstall, useInstallState } from './install-state';

/** An install button where the browser offers installation; the two iPhone steps on iOS Safari. */
export function InstallPrompt() {
  const { t } = useTranslation('pwa');
  const { deferredPrompt, installed } = useInstallState();
  const standalone = useDeviceFact(isStandalone);
  const iosBrowser = useDeviceFact(isIosBrowser);

  if (installed) return <p className="notice">{t('install.installed')}</p>;
  if (standalone) return null;
  if (deferredPrompt) {
    return (
      <section className="card install" aria-labelledby="install-title">
        <h2 id="install-title">{t('install.title')}</h2>
        <p>{t('install.lead')}</p>
        <button type="button" className="button button-primary" onClick={() => void promptInstall()}>
          {t('install.button')}
        </button>
      </section>
    );
  }
  if (iosBrowser) {
    return (
      <section className="card install" aria-labelledby="install-title">
        <h2 id="install-title">{t('install.iosTitle')}</h2>
        <p>{t('install.lead')}</p>
        <ol className="text-list">
          <li>{t('install.iosStep1')}</li>
          <li>{t('install.iosStep2')}</li>
        </ol>
      </section>
    );
  }
  return null;
}
