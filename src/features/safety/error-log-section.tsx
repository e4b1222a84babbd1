import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { errorLogText, readErrorLog, subscribeErrorLog, type LoggedError } from '../../storage/error-log';
import { useHydrated } from '../../ui/use-hydrated';

const none: readonly LoggedError[] = [];

/**
 * "Fouten op deze telefoon" on Over deze app: the pages that failed to load (app/page-boundary.tsx),
 * newest first, and a button to copy them for a bug report. Nothing leaves the phone unless the user
 * pastes it somewhere.
 */
export function ErrorLogSection() {
  const { t, i18n } = useTranslation();
  // Empty in the prerender and while hydrating (the HTML knows no phone's log); the phone's own next.
  const log = useSyncExternalStore(subscribeErrorLog, readErrorLog, () => none);
  const hydrated = useHydrated();
  const [copy, setCopy] = useState<'copied' | 'failed'>();
  const text = errorLogText(log);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });

  async function copyLog() {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed'); // no clipboard (an older browser, a refused permission): the text is below
    }
  }

  return (
    <section className="card" aria-labelledby="error-log-title">
      <h2 id="error-log-title">{t('errorLog.title')}</h2>
      <p>{t('errorLog.intro')}</p>
      {log.length === 0 ? (
        <p className="hint">{t('errorLog.empty')}</p>
      ) : (
        <>
          <ol className="text-list error-log">
            {log.map((entry) => (
              <li key={`${entry.at}-${entry.page}-${entry.message}`}>
                <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time> · {entry.page} ·{' '}
                {t(entry.kind === 'missing-chunk' ? 'errorLog.missingChunk' : 'errorLog.render')}
                <br />
                <code>{entry.message}</code>
              </li>
            ))}
          </ol>
          <div className="actions">
            <button type="button" className="button" onClick={() => void copyLog()} disabled={!hydrated}>
              {t('errorLog.copy')}
            </button>
          </div>
          <p role="status">{copy && t(copy === 'copied' ? 'errorLog.copied' : 'errorLog.copyFailed')}</p>
          {copy === 'failed' && <pre className="error-log-text">{text}</pre>}
        </>
      )}
    </section>
  );
}
