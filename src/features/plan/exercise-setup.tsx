import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanStep } from '../../content/schema';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { HOLD_SECONDS } from '../../storage/records';
import type { PillowCount } from '../../ui/pictures/picture-frame';
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
    <div className="setup-choice">
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
    </div>
  );
}

export type SideChoiceProps = { side: 'left' | 'right' | undefined; onChange: (side: 'left' | 'right') => void };

/** The adapted press-up: the side of the pain decides which way the hips shift (away from it). */
export function SideChoice({ side, onChange }: SideChoiceProps) {
  const { t } = useTranslation('plan');
  return (
    <fieldset className="setup-choice side-choice">
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
    </fieldset>
  );
}

/** What the step's choice means, said under start: the pillows of 2a, or the chosen side's shift. */
function setupNote(t: TFunction<'plan'>, step: PlanStep, side: 'left' | 'right' | undefined): string | null {
  if (step.picture === 'prone-pillows') return t('pillows.hint');
  return step.sided && side ? t(`side.chosen.${side}`) : null;
}

export type ExerciseSetupProps = {
  step: PlanStep;
  loaded: boolean;
  pillows: PillowCount;
  side: 'left' | 'right' | undefined;
  durationSeconds: number;
  onPillows: (pillows: number) => void;
  onSide: (side: 'left' | 'right') => void;
  onDuration: (seconds: number) => void;
  onStart: () => void;
};

/**
 * Before a round: the step's own choice (the pillows of 2a, the side of the pain of the adapted
 * press-up), then start, then what that choice means. Start stays on the first screen within reach
 * of the thumb, even on a 320 × 568 phone: the explanation goes under start (start is described by
 * it), and on 2a, with two settings, the hold time as well; the pillows and the side stay above it.
 */
export function ExerciseSetup(props: ExerciseSetupProps) {
  const { step, side } = props;
  const { t } = useTranslation('plan');
  const { t: tDiary } = useTranslation('diary');
  const withPillows = step.picture === 'prone-pillows';
  const note = setupNote(t, step, side);
  const duration = step.dose.kind !== 'repetitions' && (
    <DurationControl seconds={props.durationSeconds} onChange={props.onDuration} />
  );
  return (
    <>
      {withPillows && <PillowControl pillows={props.pillows} onChange={props.onPillows} />}
      {step.sided && <SideChoice side={side} onChange={props.onSide} />}
      {!withPillows && duration}
      <button
        type="button"
        className="button button-primary button-large"
        disabled={!props.loaded || (step.sided && !side)}
        aria-describedby={note ? 'player-setup-note' : undefined}
        onClick={props.onStart}
      >
        {step.dose.kind === 'posture' ? t('player.startPosture') : t('player.start')}
      </button>
      {note && (
        <p id="player-setup-note" className="player-setup-note">
          {note}
        </p>
      )}
      {withPillows && duration}
      {/* Under start, not above it: start stays in the lower half, in reach of the thumb. */}
      <Link to={paths.diaryBefore(step.id)} className="button player-log-before">
        {tDiary('plan.logBefore')}
      </Link>
    </>
  );
}
