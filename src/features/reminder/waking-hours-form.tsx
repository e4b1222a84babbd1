import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HydratedForm } from '../../ui/hydrated-form';
import { parseWakingWindow, type WakingWindowError } from '../../schedule/schedule';
import type { Reminder } from '../../storage/records';
import { changeWakingWindow } from './reminder-logic';

export type WakingHoursFormProps = {
  /** The saved reminder when the form opened (the page remounts the form once storage has loaded). */
  initial: Reminder;
  disabled: boolean;
  save: (update: (prev: Reminder) => Reminder) => Promise<void>;
  zone: string;
};

/** "Van 08:00 tot 22:00": the hours in which rounds are asked for, checked before anything is saved. */
export function WakingHoursForm({ initial, disabled, save, zone }: WakingHoursFormProps) {
  const { t } = useTranslation('reminder');
  const [from, setFrom] = useState(initial.wakeFrom);
  const [until, setUntil] = useState(initial.wakeUntil);
  const [error, setError] = useState<WakingWindowError | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // Some browsers give 'HH:MM:SS' when seconds are shown; the window is in whole minutes.
    const fromText = from.slice(0, 5);
    const untilText = until.slice(0, 5);
    const parsed = parseWakingWindow(fromText, untilText);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    void save((prev) => {
      const result = changeWakingWindow(prev, fromText, untilText, new Date(), zone);
      return result.ok ? result.reminder : prev;
    }).then(() => setSaved(true));
  };

  return (
    <HydratedForm className="card waking-hours" aria-labelledby="waking-hours-title" onSubmit={submit} noValidate>
      <h2 id="waking-hours-title">{t('window.title')}</h2>
      <p>{t('window.lead')}</p>
      <div className="time-fields">
        <label>
          <span className="field-label">{t('window.from')}</span>
          <input
            type="time"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? 'waking-hours-error' : undefined}
            disabled={disabled}
          />
        </label>
        <label>
          <span className="field-label">{t('window.until')}</span>
          <input
            type="time"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? 'waking-hours-error' : undefined}
            disabled={disabled}
          />
        </label>
      </div>
      {error && (
        <p id="waking-hours-error" className="form-error" role="alert">
          {t(`window.errors.${error}`)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={disabled}>
          {t('window.save')}
        </button>
      </div>
      {saved && <p role="status">{t('window.saved', { from: from.slice(0, 5), until: until.slice(0, 5) })}</p>}
    </HydratedForm>
  );
}
