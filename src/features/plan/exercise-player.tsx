import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stepName } from '../../content/plan-steps';
import type { PlanStep } from '../../content/schema';
import { useContent } from '../../content/use-content';
import { useExerciseCues, type ExerciseCues } from '../../cues/use-exercise-cues';
import { useWakeLock } from '../../pwa/use-wake-lock';
import { paths } from '../../routing/paths';
import { Link, navigate } from '../../routing/router';
import type { PillowCount } from '../../ui/pictures/picture-frame';
import { PosturePicture } from '../../ui/posture-picture';
import { ExerciseSetup } from './exercise-setup';
import type { ActiveExercise } from './exercise-clock';
import { ExerciseRunning } from './exercise-running';
import { cueObservation, stepAfter } from './plan-session';
import { RoundDone } from './round-done';
import { usePlanExercise, type FinishedRound } from './use-plan-exercise';

export type ExercisePlayerProps = { step: PlanStep };

type PlanExercise = ReturnType<typeof usePlanExercise>;
type RoundEnd = ReturnType<typeof useRoundEnd>;

/**
 * Guides one round of a step, the way a physiotherapist beside the user would: the picture, a big
 * start, the timer or counter, the way back when it hurts too much, and the user's own choice to
 * move on afterwards.
 */
export function ExercisePlayer({ step }: ExercisePlayerProps) {
  const { t } = useTranslation('plan');
  const end = useRoundEnd();
  const player = usePlanExercise(step, end.onFinished);
  const { exercise, progress } = player;
  const wakeLockHeld = useWakeLock(exercise !== null && !exercise.pausedAt);
  // Tones, words and buzzes as chosen in the settings, and calm screen-reader lines (start, each
  // minute or repetition, done) instead of a ticking live timer. Undefined until the saved state loaded.
  const cues = useExerciseCues(
    player.loaded ? (exercise ? cueObservation(exercise, player.now, player.total) : null) : undefined,
  );
  const pillows = Math.min(3, Math.max(0, progress.pillows ?? 2)) as PillowCount;
  const side = progress.painSide;
  const picture = useStepPicture(step, pillows, side);

  if (player.otherRunning) {
    return <OtherRunning picture={picture} stepId={player.otherRunning.stepId} />;
  }

  return (
    <section className={exercise ? 'player player-running' : 'player'} aria-labelledby="player-title">
      <h2 id="player-title" className="visually-hidden">
        {t('player.title')}
      </h2>
      <PlayerAnnouncement
        running={exercise !== null}
        cue={cues.announcement}
        stopped={end.stopped}
        finished={end.finished}
      />
      {picture}
      <RoundStage
        step={step}
        player={player}
        end={end}
        cues={cues}
        pillows={pillows}
        side={side}
        wakeLockHeld={wakeLockHeld}
      />
    </section>
  );
}

type RoundStageProps = {
  step: PlanStep;
  player: PlanExercise;
  end: RoundEnd;
  cues: ExerciseCues;
  pillows: PillowCount;
  side: 'left' | 'right' | undefined;
  wakeLockHeld: boolean;
};

/** The one part of a round that fits now: what it recorded, the round under way, or its setup. */
function RoundStage({ step, player, end, cues, pillows, side, wakeLockHeld }: RoundStageProps) {
  const { plan } = useContent();
  const { exercise } = player;
  if (end.finished && !exercise) {
    return (
      <RoundDone
        round={end.finished}
        step={step}
        next={stepAfter(plan, step.id)}
        isVariant={step.variantOf !== undefined}
        onMoveOn={(next) => {
          void player.moveTo(next.id);
          navigate(paths.step(next.id));
        }}
        onStay={end.stay}
      />
    );
  }
  if (exercise) {
    return (
      <RunningRound
        exercise={exercise}
        player={player}
        backTo={plan.steps.find((s) => s.id === step.backTo)}
        wakeLockHeld={wakeLockHeld}
        onResume={() => {
          cues.prime();
          void player.resume();
        }}
        onStop={() => {
          end.setStopped(true);
          return player.stop();
        }}
      />
    );
  }
  return (
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
        end.setStopped(false);
        void player.start();
      }}
    />
  );
}

/** How the last round ended: recorded (the screen after it), or stopped without recording. */
function useRoundEnd() {
  const [finished, setFinished] = useState<FinishedRound | null>(null);
  // The user stopped the round without recording it: the screen reader hears that, not the last cue.
  const [stopped, setStopped] = useState(false);
  const onFinished = useCallback((round: FinishedRound) => {
    setStopped(false);
    setFinished(round);
  }, []);
  return { finished, stopped, setStopped, onFinished, stay: () => setFinished(null) };
}

/**
 * The step's picture, the same element on every refresh of the clock, so React leaves the picture's
 * drawing alone while the seconds run (part of keeping a running exercise light on the battery).
 */
function useStepPicture(step: PlanStep, pillows: PillowCount, side: 'left' | 'right' | undefined) {
  return useMemo(
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
}

type OtherRunningProps = { picture: ReactNode; stepId: string };

/** Another step's round is running: this step shows its picture and the way back to that round. */
function OtherRunning({ picture, stepId }: OtherRunningProps) {
  const { t } = useTranslation('plan');
  const { plan } = useContent();
  const other = plan.steps.find((s) => s.id === stepId);
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

type PlayerAnnouncementProps = {
  running: boolean;
  cue: string;
  stopped: boolean;
  finished: FinishedRound | null;
};

/** What the screen reader hears: the running round's cues, or how the round ended. */
function PlayerAnnouncement({ running, cue, stopped, finished }: PlayerAnnouncementProps) {
  const { t } = useTranslation('cues');
  return (
    <p className="visually-hidden" role="status">
      {/* Once the exercise is over, the last cue ("Nog 2 minuten") is no longer true. */}
      {running ? cue : stopped ? t('announce.stopped') : finished ? t('announce.done') : ''}
    </p>
  );
}

type RunningRoundProps = {
  exercise: ActiveExercise;
  player: PlanExercise;
  /** The step to go back to when this one hurts too much, if it has one. */
  backTo: PlanStep | undefined;
  wakeLockHeld: boolean;
  onResume: () => void;
  /** Ends the round without recording it. */
  onStop: () => Promise<void>;
};

/** A round under way: the timer or counter, pause or resume, finish, stop, and the way back. */
function RunningRound({ exercise, player, backTo, wakeLockHeld, onResume, onStop }: RunningRoundProps) {
  const { t } = useTranslation('plan');
  const goBack = async (to: PlanStep) => {
    await onStop();
    await player.moveTo(to.id);
    navigate(paths.step(to.id));
  };
  return (
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
          <button type="button" className="button button-primary" onClick={onResume}>
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
        <button type="button" className="button" onClick={() => void onStop()}>
          {t('player.stop')}
        </button>
      </div>
      {backTo && (
        <button type="button" className="button button-warning button-large" onClick={() => void goBack(backTo)}>
          {t('player.tooMuch', { label: backTo.label, title: backTo.title })}
        </button>
      )}
      {wakeLockHeld && <p className="hint">{t('wakeLock.on')}</p>}
    </>
  );
}
