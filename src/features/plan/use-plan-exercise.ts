import { useCallback, useEffect, useRef } from 'react';
import type { PlanStep } from '../../content/schema';
import { deviceZone } from '../../schedule/clock-time';
import { scheduleWindow } from '../../schedule/next-round';
import { nextDueAfter } from '../../schedule/schedule';
import { currentEpisode, records, type Session } from '../../storage/records';
import { useStored, type Stored } from '../../storage/use-stored';
import { useNow } from '../../ui/use-now';
import {
  countMyself,
  countRepetition,
  isFinished,
  pause,
  resume,
  startExercise,
  type ActiveExercise,
} from './exercise-clock';
import { exerciseKindFor, holdDurationMs, recordRound, repetitionsFor } from './plan-session';

export type FinishedRound = { session: Session; nextDueAt: Date };

/**
 * Binds one step's exercise to storage and the clock: the running exercise is saved, so a reload,
 * a phone call or a closed app resumes it with the right time; finishing records the session and
 * sets the next round's deadline two hours later (within waking hours).
 */
export function usePlanExercise(step: PlanStep, onFinished: (round: FinishedRound) => void) {
  const active = useStored(records.activeExercise);
  const progress = useStored(records.planProgress);
  const settings = useStored(records.settings);

  const exercise: ActiveExercise | null = active.value?.stepId === step.id ? active.value : null;
  const otherRunning = active.value && active.value.stepId !== step.id ? active.value : null;
  const running = exercise !== null && !exercise.pausedAt;
  // Refreshes on the exercise's own whole seconds: the seconds shown, the breathing and pacer phases
  // and the cues all change there (hold times are whole seconds), and nowhere in between.
  const now = useNow(running, exercise ? Date.parse(exercise.startedAt) + exercise.pausedTotalMs : 0);
  const total = repetitionsFor(step);
  const durationMs = holdDurationMs(step, settings.value.holdSeconds);
  const finish = useFinishRound(step.id, total, active, onFinished);

  // A hold whose time ran out, or the tenth paced press-up, finishes the round by itself, also when
  // that moment passed while the phone was locked (the recorded time is when it really ended).
  const done = exercise !== null && !exercise.pausedAt && isFinished(exercise, now, total);
  useEffect(() => {
    if (done) void finish(new Date());
  }, [done, finish]);

  return {
    loaded: active.loaded && settings.loaded,
    exercise,
    otherRunning,
    now,
    total,
    durationMs,
    progress: progress.value,
    start: () => {
      void progress.setValue((p) => ({ ...p, currentStepId: step.id }));
      const kind = exerciseKindFor(step);
      return active.setValue(startExercise(step.id, kind, new Date(), kind === 'repetitions' ? undefined : durationMs));
    },
    pause: () => active.setValue((e) => (e ? pause(e, new Date()) : e)),
    resume: () => active.setValue((e) => (e ? resume(e, new Date()) : e)),
    countMyself: () => active.setValue((e) => (e ? countMyself(e, new Date(), total) : e)),
    count: () => active.setValue((e) => (e ? countRepetition(e, total) : e)),
    finishNow: () => finish(new Date()),
    stop: () => active.setValue(null),
    setDuration: (seconds: number) => settings.setValue((s) => ({ ...s, holdSeconds: seconds })),
    setPillows: (pillows: number) => progress.setValue((p) => ({ ...p, pillows })),
    setPainSide: (painSide: 'left' | 'right') => progress.setValue((p) => ({ ...p, painSide })),
    moveTo: (stepId: string) => progress.setValue((p) => ({ ...p, currentStepId: stepId })),
  };
}

/**
 * Records this step's running round: the session (in the episode it was done in), the next round's
 * deadline two hours later within waking hours, and no exercise running any more.
 */
function useFinishRound(
  stepId: string,
  total: number,
  active: Stored<ActiveExercise | null>,
  onFinished: (round: FinishedRound) => void,
) {
  const sessions = useStored(records.sessions);
  const reminder = useStored(records.reminder);
  const episodes = useStored(records.episodes);
  // One finish at a time: the saves below take a moment, and renders in between must not record
  // the same round again.
  const finishing = useRef(false);
  return useCallback(
    async (at: Date) => {
      const current = active.value;
      if (!current || current.stepId !== stepId || finishing.current) return;
      finishing.current = true;
      const session: Session = {
        ...recordRound(current, at, total),
        // The round counts for the episode it was done in (the summary at its end counts it).
        episode: currentEpisode(episodes.value).number,
      };
      const end = new Date(session.finishedAt);
      const nextDueAt = nextDueAfter(end, scheduleWindow(reminder.value), deviceZone());
      await sessions.setValue((list) => (list.some((s) => s.id === session.id) ? list : [...list, session]));
      await reminder.setValue((r) => ({ ...r, nextDueAt: nextDueAt.toISOString() }));
      await active.setValue(null);
      finishing.current = false;
      onFinished({ session, nextDueAt });
    },
    [active, sessions, reminder, episodes.value, stepId, total, onFinished],
  );
}
