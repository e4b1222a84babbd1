import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { CalendarDownload } from './calendar-download';
import { NotificationSettings } from './notification-settings';
import { alarmTimes } from '../../schedule/next-round';
import { ReminderStatus } from './reminder-status';
import { useReminder } from './use-reminder';
import { WakingHoursForm } from './waking-hours-form';
import './reminder.css';

/**
 * The reminder's own page: start, pause and stop; the waking hours; notifications; the calendar
 * file and clock-app alarms; and plainly what a web app can and cannot do to remind someone.
 */
export function ReminderPage() {
  // Both namespaces at once (one wait, not two in a row); the start and resume buttons say what the start page's card says.
  const { t } = useTranslation(['reminder', 'glance']);
  const { t: tg } = useTranslation('glance', { keyPrefix: 'reminder' });
  const { reminder, loaded, view, now, zone, setValue, start, pause, stop } = useReminder();
  // The same rounds as the calendar file, from the next round on (src/schedule/next-round.ts).
  const alarms = loaded ? alarmTimes(reminder, now, zone) : null;
  const state = reminder.state;
  return (
    <Page title={t('page.title')} lead={t('page.lead')}>
      <section className="card reminder-summary" aria-labelledby="reminder-status-title">
        <h2 id="reminder-status-title">{t('page.statusTitle')}</h2>
        {loaded ? (
          <ReminderStatus view={view} withStepLink offText={t('page.stopped')} />
        ) : (
          <p className="reminder-line" />
        )}
        <div className="actions">
          {state !== 'on' && (
            <button type="button" className="button button-primary" disabled={!loaded} onClick={() => void start()}>
              {state === 'off' ? tg('summary.start') : tg('summary.resume')}
            </button>
          )}
          {state === 'on' && (
            <button type="button" className="button" disabled={!loaded} onClick={() => void pause()}>
              {t('page.pause')}
            </button>
          )}
          {state !== 'off' && (
            <button type="button" className="button" disabled={!loaded} onClick={() => void stop()}>
              {t('page.stop')}
            </button>
          )}
        </div>
      </section>

      <WakingHoursForm
        key={loaded ? 'loaded' : 'loading'}
        initial={reminder}
        disabled={!loaded}
        save={setValue}
        zone={zone}
      />

      <section className="card" aria-labelledby="honest-title">
        <h2 id="honest-title">{t('honest.title')}</h2>
        <p>{t('honest.closed')}</p>
        <p>{t('honest.background')}</p>
        <p>{t('honest.dependable')}</p>
      </section>

      <NotificationSettings />

      <CalendarDownload reminder={reminder} zone={zone} />

      <ClockAlarms alarms={alarms} />
    </Page>
  );
}

type ClockAlarmsProps = { alarms: ReturnType<typeof alarmTimes> | null };

/** The rounds' times to set as alarms in the phone's clock app: dependable even with the app closed. */
function ClockAlarms({ alarms }: ClockAlarmsProps) {
  const { t } = useTranslation('reminder');
  return (
    <section className="card" aria-labelledby="clock-title">
      <h2 id="clock-title">{t('clock.title')}</h2>
      {alarms ? (
        <>
          <p className="alarm-times-first">
            {t(alarms.firstDay === 0 ? 'clock.firstToday' : 'clock.firstTomorrow', {
              times: alarms.first.join(' · '),
            })}
          </p>
          <p>{t('clock.lead')}</p>
          <p className="alarm-times">{alarms.daily.join(' · ')}</p>
        </>
      ) : (
        <p>{t('clock.lead')}</p>
      )}
      <ul className="text-list">
        <li>{t('clock.android')}</li>
        <li>{t('clock.iphone')}</li>
      </ul>
      <p>{t('clock.remove')}</p>
    </section>
  );
}
