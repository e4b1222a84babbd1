import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepName } from '../../content/plan-steps';
import type { PlanStep } from '../../content/schema';
import { useContent } from '../../content/use-content';
import { useExerciseCues } from '../../cues/use-exercise-cues';
import { useWakeLock } from '../../pwa/use-wake-lock';
import { paths } from '../../routing/paths';
import { Link, navigate } from '../../routing/router';
import type { PillowCount } from '../../ui/pictures/picture-frame';
import { PosturePicture } from '../../ui/posture-picture';
import { ExerciseSetup } from './exercise-setup';
import { ExerciseRunning } from './exercise-running';
import { cueObservation, stepAfter } from './plan-session';
import { RoundDone } from './round-done';
import { usePlanExercise, type FinishedRound } from './use-plan-exercise';

export type ExercisePlayerProps = { step: PlanStep };

/**
 * Guides one round of a step, the way a physiotherapist beside the user would: the picture, a big
 * start, the timer or counter, the way back when it hurts too much, and the user's own choice to
 * move on afterwards.
 */
export function ExercisePlayer({ step }: ExercisePlayerProps) {
  const { t } = useTranslation('plan');
  const { t: tCues } = useTranslation('cues');
  const { plan } = useContent();
  const [finished, setFinished] = useState<FinishedRound | null>(null);
  // The user stopped the round without recording it: the screen reader hears that, not the last cue.
  const [stopped, setStopped] = useState(false);
  const onFinished = useCallback((round: FinishedRound) => {
    setStopped(false);
    setFinished(round);
  }, []);
  const player = usePlanExercise(step, onFinished);
  const { exercise, progress } = player;
  const wakeLockHeld = useWakeLock(exercise !== null && !exercise.pausedAt);
  // Tones, words and buzzes as chosen in the settings, and calm screen-reader lines (start, each
  // minute or repetition, done) instead of a ticking live timer. Undefined until the saved state loaded.
  const cues = useExerciseCues(
    player.loaded ? (exercise ? cueObservation(exercise, player.now, player.total) : null) : undefined,
  );
  const backTo = plan.steps.find((s) => s.id === step.backTo);
  const pillows = Math.min(3, Math.max(0, progress.pillows ?? 2)) as PillowCount;
  const side = progress.painSide;

  // The same element on every refresh of the clock, so React leaves the picture's drawing alone
  // while the seconds run (part of keeping a running exercise light on the battery).
  const picture = useMemo(
    () => (
      <PosturePicture
        id={step.picture}
        className="step-picture"
        pillows={step.picture === 'prone-pillows' ? pillows : undefined}
        side={step.sided ? (side ?? 'left') : undefined}
      />
    ),
    [step.picture, step.sided, pillows, side],
  );

  const stop = () => {
    setStopped(true);
    return player.stop();
  };

  const goBack = async () => {
    if (!backTo) return;
    await stop();
    await player.moveTo(backTo.id);
    navigate(paths.step(backTo.id));
  };

  if (player.otherRunning) {
    const other = plan.steps.find((s) => s.id === player.otherRunning?.stepId);
    return (
      <>
        {picture}
        {other && (
          <p className="notice">
            <Link to={paths.step(other.id)}>{t('resumeRunning', { label: stepName(other) })}</Link>
          </p>
        )}
      </>
    );
  }

  return (
    <section className={exercise ? 'player player-running' : 'player'} aria-labelledby="player-title">
      <h2 id="player-title" className="visually-hidden">
        {t('player.title')}
      </h2>
      <p className="visually-hidden" role="status">
        {/* Once the exercise is over, the last cue ("Nog 2 minuten") is no longer true. */}
        {exercise ? cues.announcement : stopped ? tCues('announce.stopped') : finished ? tCues('announce.done') : ''}
      </p>
      {picture}
      {finished && !exercise ? (
        <RoundDone
          round={finished}
          step={step}
          next={stepAfter(plan, step.id)}
          isVariant={step.variantOf !== undefined}
          onMoveOn={(next) => {
            void player.moveTo(next.id);
            navigate(paths.step(next.id));
          }}
          onStay={() => setFinished(null)}
        />
      ) : exercise ? (
        <>
          <ExerciseRunning
            exercise={exercise}
            now={player.now}
            total={player.total}
            onCountMyself={() => void player.countMyself()}
            onCount={() => void player.count()}
          />
          <div className="player-controls">
            {exercise.pausedAt ? (
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  cues.prime();
                  void player.resume();
                }}
              >
                {t('player.resume')}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void player.pause()}>
                {t('player.pause')}
              </button>
            )}
            <button type="button" className="button" onClick={() => void player.finishNow()}>
              {t('player.finish')}
            </button>
            <button type="button" className="button" onClick={() => void stop()}>
              {t('player.stop')}
            </button>
          </div>
          {backTo && (
            <button type="button" className="button button-warning button-large" onClick={() => void goBack()}>
              {t('player.tooMuch', { label: backTo.label, title: backTo.title })}
            </button>
          )}
          {wakeLockHeld && <p className="hint">{t('wakeLock.on')}</p>}
        </>
      ) : (
        <ExerciseSetup
          step={step}
          loaded={player.loaded}
          pillows={pillows}
          side={side}
          durationSeconds={player.durationMs / 1000}
          onPillows={(n) => void player.setPillows(n)}
          onSide={(s) => void player.setPainSide(s)}
          onDuration={(s) => void player.setDuration(s)}
          onStart={() => {
            cues.prime(); // sound may only start from a tap
            setStopped(false);
            void player.start();
          }}
        />
      )}
    </section>
  );
}
