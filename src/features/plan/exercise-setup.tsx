import { useTranslation } from 'react-i18next';
import { HOLD_SECONDS } from '../../storage/records';
import { Stepper } from '../../ui/stepper';

export type DurationControlProps = { seconds: number; onChange: (seconds: number) => void };

/** "Een paar minuten" made concrete: the hold time, 30 seconds shorter or longer per tap. */
export function DurationControl({ seconds, onChange }: DurationControlProps) {
  const { t } = useTranslation('plan');
  const step = 30;
  const value = t('player.durationValue', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  return (
    <Stepper
      label={t('player.duration')}
      value={value}
      decreaseLabel={t('player.shorter')}
      increaseLabel={t('player.longer')}
      canDecrease={seconds - step >= HOLD_SECONDS.min}
      canIncrease={seconds + step <= HOLD_SECONDS.max}
      onDecrease={() => onChange(seconds - step)}
      onIncrease={() => onChange(seconds + step)}
    />
  );
}

export type PillowControlProps = { pillows: number; onChange: (pillows: number) => void };

/** Step 2a: how many pillows lie under the belly, removed one by one as the worst pain goes. */
export function PillowControl({ pillows, onChange }: PillowControlProps) {
  const { t } = useTranslation('plan');
  return (
    <div className="card">
      <Stepper
        label={t('pillows.label')}
        value={t('pillows.value', { count: pillows })}
        decreaseLabel={t('pillows.remove')}
        increaseLabel={t('pillows.add')}
        canDecrease={pillows > 0}
        canIncrease={pillows < 3}
        onDecrease={() => onChange(pillows - 1)}
        onIncrease={() => onChange(pillows + 1)}
      />
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
