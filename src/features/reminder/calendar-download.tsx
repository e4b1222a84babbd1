import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIosHomeScreenApp, useDeviceFact } from '../../pwa/device';
import { HydratedForm } from '../../ui/hydrated-form';
import { downloadFile } from '../../ui/download-file';
import { scheduledRounds } from '../../schedule/next-round';
import type { Reminder } from '../../storage/records';
import { buildCalendarFile, calendarFileName, type CalendarTexts } from './calendar-file';
import { parseDays, type DaysError } from './reminder-logic';

/** Days in the file unless the user picks another number: the leaflet's two days and one more. */
export const DEFAULT_CALENDAR_DAYS = 3;

/**
 * The calendar file for the next `days` days from now: the schedule's own next round
 * (src/schedule/next-round.ts), to the minute the app shows, also with the reminder off: the file
 * may be the only reminder someone uses.
 */
function calendarFor(
  reminder: Reminder,
  days: number,
  zone: string,
  texts: CalendarTexts,
): { name: string; file: string; count: number } {
  const now = new Date();
  const rounds = scheduledRounds(reminder, now, days, zone);
  const file = buildCalendarFile(rounds, texts, { now });
  return { name: calendarFileName(rounds[0] ?? now, zone), file, count: rounds.length };
}

export type CalendarDownloadProps = { reminder: Reminder; zone: string };

/**
 * "Zet in mijn agenda": an .ics file with an event and an alarm for every round in the waking
 * hours of the next days, the dependable fallback for a closed app. Made on the phone from a Blob;
 * nothing is sent anywhere.
 */
export function CalendarDownload({ reminder, zone }: CalendarDownloadProps) {
  const { t } = useTranslation('reminder');
  const [days, setDays] = useState(String(DEFAULT_CALENDAR_DAYS));
  const [error, setError] = useState<DaysError | null>(null);
  const [done, setDone] = useState<{ name: string; count: number } | null>(null);
  const iosHomeScreen = useDeviceFact(isIosHomeScreenApp);

  const download = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const parsed = parseDays(days);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    const texts = {
      summary: t('calendar.eventSummary'),
      description: t('calendar.eventDescription'),
      alarm: t('calendar.eventAlarm'),
    };
    const { name, file, count } = calendarFor(reminder, parsed.days, zone, texts);
    downloadFile(name, 'text/calendar;charset=utf-8', file);
    setDone({ name, count });
  };

  return (
    <HydratedForm className="card" aria-labelledby="calendar-title" onSubmit={download} noValidate>
      <h2 id="calendar-title">{t('calendar.title')}</h2>
      <p>{t('calendar.lead')}</p>
      {iosHomeScreen && <p className="notice">{t('calendar.ios')}</p>}
      <label className="days-field">
        <span className="field-label">{t('calendar.days')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={14}
          value={days}
          onChange={(event) => setDays(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? 'calendar-days-hint calendar-days-error' : 'calendar-days-hint'}
        />
      </label>
      <p id="calendar-days-hint" className="field-hint">
        {t('calendar.daysHint')}
      </p>
      {error && (
        <p id="calendar-days-error" className="form-error" role="alert">
          {t(`calendar.errors.${error}`)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary">
          {t('calendar.download')}
        </button>
      </div>
      {done && <p role="status">{t('calendar.downloaded', { name: done.name, count: done.count })}</p>}
    </HydratedForm>
  );
}
