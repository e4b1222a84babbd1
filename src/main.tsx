import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { createI18n, languageFromBrowser } from './i18n/i18n';
import { listenForInstallPrompt } from './pwa/install-state';
import { UpdatePrompt } from './pwa/update-prompt';
import './app/styles.css';

listenForInstallPrompt();

const i18n = createI18n(languageFromBrowser(navigator.languages));
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App updatePrompt={<UpdatePrompt />} />
    </I18nextProvider>
  </StrictMode>,
);
