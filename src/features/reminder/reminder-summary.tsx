import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import './reminder.css';
import { lazyComponent } from '../../ui/lazy-component';

// What runs a reminder (its clock, the waking hours, the time left) loads once one is on, or on the
// tap that starts it: with the reminder off or paused the card needs none of it.
const ReminderRunning = lazyComponent(() => import('./reminder-running'), 'ReminderRunning');
const loadStart = () => import('./start-reminder');

/**
 * The reminder on the start page: when the next round is, live; or a calm line and one button to
 * start it. Before the saved state has loaded it shows no time, so the first render is the same
 * everywhere (prerendering).
 */
export function ReminderSummary() {
  const { t } = useTranslation('glance', { keyPrefix: 'reminder' });
  const { value: reminder, loaded, setValue } = useStored(records.reminder);
  const start = async () => {
    const { startNow } = await loadStart();
    await setValue(startNow);
  };
  return (
    <section className="card reminder-summary" aria-labelledby="reminder-summary-title">
      <h2 id="reminder-summary-title">{t('summary.title')}</h2>
      {!loaded ? (
        // Until the saved state is read: the "off" card (the state of every first visit), invisible,
        // so the card already has its height in the prerendered page and nothing below it jumps.
        <div className="placeholder" aria-hidden="true">
          <p className="reminder-line">{t('summary.off')}</p>
          <div className="actions">
            <span className="button button-primary">{t('summary.start')}</span>
          </div>
        </div>
      ) : reminder.state === 'on' ? (
        // The line keeps its height (min-height) while the running part loads.
        <Suspense fallback={<p className="reminder-line" />}>
          <ReminderRunning />
        </Suspense>
      ) : (
        <>
          <p className="reminder-line">{reminder.state === 'off' ? t('summary.off') : t('summary.paused')}</p>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => void start()}>
              {reminder.state === 'off' ? t('summary.start') : t('summary.resume')}
            </button>
          </div>
        </>
      )}
      {/* A link alone on its line is a target of its own: as big as a button, for the thumb. */}
      <Link to={paths.reminder} className="button reminder-settings-link">
        {t('summary.settings')}
      </Link>
    </section>
  );
}
