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
        <TimeField
          label={t('window.from')}
          value={from}
          onChange={setFrom}
          invalid={error !== null}
          disabled={disabled}
        />
        <TimeField
          label={t('window.until')}
          value={until}
          onChange={setUntil}
          invalid={error !== null}
          disabled={disabled}
        />
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

type TimeFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** When set, the field points to the form's error message. */
  invalid: boolean;
  disabled: boolean;
};

/** One time of the waking hours ("Van", "Tot"). */
function TimeField({ label, value, onChange, invalid, disabled }: TimeFieldProps) {
  return (
    <label>
      <span className="field-label">{label}</span>
      <input
        type="time"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'waking-hours-error' : undefined}
        disabled={disabled}
      />
    </label>
  );
}
