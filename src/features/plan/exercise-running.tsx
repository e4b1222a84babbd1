import { useTranslation } from 'react-i18next';
import { TimerFace } from '../../ui/timer-face';
import { formatClock } from '../../ui/format-time';
import { breathingPhase, pressUpPace, remainingMs, repetitionCount, type ActiveExercise } from './exercise-clock';

export type ExerciseRunningProps = {
  exercise: ActiveExercise;
  now: Date;
  total: number;
  onCount: () => void;
};

/** The running exercise: a hold timer, the paced press-up counter, or the breathing guide. */
export function ExerciseRunning({ exercise, now, total, onCount }: ExerciseRunningProps) {
  const { t } = useTranslation('plan');
  const paused = Boolean(exercise.pausedAt);

  if (exercise.kind === 'repetitions') {
    const count = repetitionCount(exercise, now, total);
    const { phase } = pressUpPace(exercise, now);
    const paced = exercise.count === undefined;
    return (
      <div className="exercise-running">
        <TimerFace
          value={t('player.repetitions', { count, total })}
          label={t('player.repetitionsLabel')}
          progress={count / total}
          paused={paused}
        />
        {paced && !paused && (
          <p className={`pace pace-${phase}`} aria-hidden="true">
            {t(`player.phase.${phase}`)}
          </p>
        )}
        <button type="button" className="button button-primary button-large" onClick={onCount}>
          {t('player.tapCount')}
        </button>
        <p className="hint">{t('player.tapHint')}</p>
      </div>
    );
  }

  const remaining = remainingMs(exercise, now);
  const duration = exercise.durationMs ?? 1;
  return (
    <div className="exercise-running">
      <TimerFace
        value={formatClock(remaining)}
        label={t('player.timerLabel')}
        progress={1 - remaining / duration}
        paused={paused}
      />
      {exercise.kind === 'breathing' && !paused && (
        <p className={`breath breath-${breathingPhase(exercise, now)}`} aria-hidden="true">
          {t(`player.breathe.${breathingPhase(exercise, now)}`)}
        </p>
      )}
      {paused && <p className="eyebrow">{t('player.paused')}</p>}
    </div>
  );
}
