import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TimerFace } from '../../ui/timer-face';
import { formatClock } from '../../ui/format-time';
import {
  breathInMs,
  breathOutMs,
  breathingPhase,
  elapsedMs,
  pressUpPace,
  remainingMs,
  repetitionCount,
  type ActiveExercise,
} from './exercise-clock';

export type ExerciseRunningProps = {
  exercise: ActiveExercise;
  now: Date;
  total: number;
  /** The user takes over the counting from the pacer. */
  onCountMyself: () => void;
  onCount: () => void;
};

/** The running exercise: a hold timer, the press-up counter (paced or tapped), or the breathing guide. */
export function ExerciseRunning({ exercise, now, total, onCountMyself, onCount }: ExerciseRunningProps) {
  const { t } = useTranslation('plan');
  const paused = Boolean(exercise.pausedAt);

  if (exercise.kind === 'repetitions') {
    const count = repetitionCount(exercise, now, total);
    const { phase } = pressUpPace(exercise, now);
    // One way of counting at a time: the pacer counts until the user takes over, then only taps count.
    const paced = exercise.count === undefined;
    return (
      <div className="exercise-running">
        <TimerFace
          value={t('player.repetitions', { count, total })}
          label={t('player.repetitionsLabel')}
          progress={count / total}
          paused={paused}
          counting
        />
        {paced && !paused && (
          <p className={`pace pace-${phase}`} aria-hidden="true">
            {t(`player.phase.${phase}`)}
          </p>
        )}
        {paced ? (
          <button type="button" className="button button-large" onClick={onCountMyself}>
            {t('player.countMyself')}
          </button>
        ) : (
          <button type="button" className="button button-primary button-large" onClick={onCount}>
            {t('player.tapCount')}
          </button>
        )}
        <p className="hint">{paced ? t('player.pacedHint') : t('player.tapHint')}</p>
      </div>
    );
  }

  const remaining = remainingMs(exercise, now);
  const duration = exercise.durationMs ?? 1;
  // The ring follows the seconds shown (rounded up, as the figure is): it moves once a second with
  // them, without an animation, so nothing is drawn between two seconds.
  const shownMs = Math.ceil(remaining / 1000) * 1000;
  return (
    <div className="exercise-running">
      <TimerFace
        value={formatClock(remaining)}
        label={t('player.timerLabel')}
        progress={1 - Math.min(shownMs, duration) / duration}
        paused={paused}
      />
      {exercise.kind === 'breathing' && !paused && (
        <BreathingGuide key={exercise.startedAt + exercise.pausedTotalMs} exercise={exercise} now={now} />
      )}
      {paused && <p className="eyebrow">{t('player.paused')}</p>}
    </div>
  );
}

/**
 * The breathing words, and their calm growing and shrinking: one CSS animation (in four seconds, out
 * six) that the browser runs by itself, set once when the guide appears (and again after a pause),
 * started that far into its cycle. The words change with the phase, read from the clock.
 */
function BreathingGuide({ exercise, now }: { exercise: ActiveExercise; now: Date }) {
  const { t } = useTranslation('plan');
  // From the clock of this moment, not `now`: right after a resume `now` may still be from before the pause.
  const [delay] = useState(() => -(elapsedMs(exercise, new Date()) % (breathInMs + breathOutMs)));
  const phase = breathingPhase(exercise, now);
  return (
    <p className={`breath breath-${phase}`} style={{ animationDelay: `${delay}ms` }} aria-hidden="true">
      {t(`player.breathe.${phase}`)}
    </p>
  );
}
