import { bootApp } from './app/boot';
import { isLanguage, languageFromBrowser } from './i18n/languages';
import { listenForInstallPrompt } from './pwa/install-state';
import { appStore } from './storage/app-store';
import { readPrePaintHints } from './storage/pre-paint-hints';
import { records } from './storage/records';
import './app/styles.css';

listenForInstallPrompt();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

/** The stored choice of language; undefined when none, or when storage does not answer within a second. */
function storedLanguage(): Promise<string | undefined> {
  const giveUp = new Promise<undefined>((resolve) => setTimeout(resolve, 1000, undefined));
  const read = appStore()
    .read(records.settings)
    .then((settings) => settings.language);
  return Promise.race([read, giveUp]);
}

async function start() {
  // The stored choice of language: its mirror in localStorage at once (from the second start on),
  // else IndexedDB (a few milliseconds); else the browser's.
  const hints = readPrePaintHints();
  const stored = hints ? hints.language : await storedLanguage();
  const language = stored && isLanguage(stored) ? stored : languageFromBrowser(navigator.languages);
  // react-dom apart from the app: the browser evaluates the two in two tasks, not one long one (the
  // HTML preloads it, so it is fetched from the start).
  bootApp(await import('react-dom/client'), container, language);
}
// After the first paint: the prerendered page is on screen before the requests for its code and
// strings start, so they never compete with it. A page that paints no frame (hidden, or a window the
// system does not draw) must still start: then a timer does, whichever comes first.
let started = false;
const startOnce = () => {
  if (started) return;
  started = true;
  void start();
};
requestAnimationFrame(() => setTimeout(startOnce));
setTimeout(startOnce, 100);
