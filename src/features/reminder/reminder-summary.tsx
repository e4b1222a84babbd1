import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { ReminderStatus } from './reminder-status';
import { useReminder } from './use-reminder';
import './reminder.css';

/**
 * The reminder on the start page: when the next round is, live; or a calm line and one button to
 * start it. Before the saved state has loaded it shows no time, so the first render is the same
 * everywhere (prerendering).
 */
export function ReminderSummary() {
  const { t } = useTranslation('glance', { keyPrefix: 'reminder' });
  const { view, loaded, start } = useReminder();
  return (
    <section className="card reminder-summary" aria-labelledby="reminder-summary-title">
      <h2 id="reminder-summary-title">{t('summary.title')}</h2>
      {loaded ? (
        <ReminderStatus view={view} withStepLink />
      ) : (
        // Until the saved state is read: the "off" card (the state of every first visit), invisible,
        // so the card already has its height in the prerendered page and nothing below it jumps.
        <div className="placeholder" aria-hidden="true">
          <p className="reminder-line">{t('summary.off')}</p>
          <div className="actions">
            <span className="button button-primary">{t('summary.start')}</span>
          </div>
        </div>
      )}
      {loaded && (view.kind === 'off' || view.kind === 'paused') && (
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => void start()}>
            {view.kind === 'off' ? t('summary.start') : t('summary.resume')}
          </button>
        </div>
      )}
      {/* A link alone on its line is a target of its own: as big as a button, for the thumb. */}
      <Link to={paths.reminder} className="button reminder-settings-link">
        {t('summary.settings')}
      </Link>
    </section>
  );
}
