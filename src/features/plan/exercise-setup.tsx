import { useTranslation } from 'react-i18next';
import { HOLD_SECONDS } from '../../storage/records';

export type DurationControlProps = { seconds: number; onChange: (seconds: number) => void };

/** "Een paar minuten" made concrete: the hold time, 30 seconds shorter or longer per tap. */
export function DurationControl({ seconds, onChange }: DurationControlProps) {
  const { t } = useTranslation('plan');
  const step = 30;
  const value = t('player.durationValue', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  return (
    <div className="stepper" role="group" aria-labelledby="duration-label">
      <span id="duration-label" className="stepper-label">
        {t('player.duration')}
      </span>
      <button
        type="button"
        className="button stepper-button"
        aria-label={t('player.shorter')}
        disabled={seconds - step < HOLD_SECONDS.min}
        onClick={() => onChange(seconds - step)}
      >
        −
      </button>
      <output className="stepper-value" aria-live="polite">
        {value}
      </output>
      <button
        type="button"
        className="button stepper-button"
        aria-label={t('player.longer')}
        disabled={seconds + step > HOLD_SECONDS.max}
        onClick={() => onChange(seconds + step)}
      >
        +
      </button>
    </div>
  );
}

export type PillowControlProps = { pillows: number; onChange: (pillows: number) => void };

/** Step 2a: how many pillows lie under the belly, removed one by one as the worst pain goes. */
export function PillowControl({ pillows, onChange }: PillowControlProps) {
  const { t } = useTranslation('plan');
  return (
    <div className="card">
      <div className="stepper" role="group" aria-labelledby="pillows-label">
        <span id="pillows-label" className="stepper-label">
          {t('pillows.label')}
        </span>
        <button
          type="button"
          className="button stepper-button"
          aria-label={t('pillows.remove')}
          disabled={pillows <= 0}
          onClick={() => onChange(pillows - 1)}
        >
          −
        </button>
        <output className="stepper-value" aria-live="polite">
          {t('pillows.value', { count: pillows })}
        </output>
        <button
          type="button"
          className="button stepper-button"
          aria-label={t('pillows.add')}
          disabled={pillows >= 3}
          onClick={() => onChange(pillows + 1)}
        >
          +
        </button>
      </div>
      <p>{t('pillows.hint')}</p>
    </div>
  );
}

export type SideChoiceProps = { side: 'left' | 'right' | undefined; onChange: (side: 'left' | 'right') => void };

/** The adapted press-up: the side of the pain decides which way the hips shift (away from it). */
export function SideChoice({ side, onChange }: SideChoiceProps) {
  const { t } = useTranslation('plan');
  return (
    <fieldset className="card side-choice">
      <legend>{t('side.question')}</legend>
      <div className="choice-row">
        {(['left', 'right'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={side === option ? 'button button-primary' : 'button'}
            aria-pressed={side === option}
            onClick={() => onChange(option)}
          >
            {t(`side.${option}`)}
          </button>
        ))}
      </div>
      {side && <p>{t(`side.chosen.${side}`)}</p>}
    </fieldset>
  );
}
