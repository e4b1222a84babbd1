import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { records } from '../storage/records';
import { useStored } from '../storage/use-stored';
import { nextCue, type Cue, type CueObservation, type CueState } from './cue-timing';
import { primeSpeech, speakCue, type CueLanguage } from './speech-player';
import { createTonePlayer, type TonePlayer } from './tone-player';
import { vibrateCue } from './vibration';

type Tracked = {
  observation: CueObservation | null | undefined;
  state: CueState | undefined;
  cue: Cue | null;
  /** How many cues were given: each new one plays once. */
  given: number;
};

const sameObservation = (a: CueObservation | null | undefined, b: CueObservation | null | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    a.key === b.key &&
    a.kind === b.kind &&
    a.elapsedMs === b.elapsedMs &&
    a.durationMs === b.durationMs &&
    a.count === b.count &&
    a.total === b.total);

export type ExerciseCues = {
  /** The latest cue as one calm sentence for a polite live region (start, each minute or repetition, done). */
  announcement: string;
  /** Call from the user's tap (start, resume): browsers allow sound only after a gesture. */
  prime: () => void;
};

/**
 * The cues of a running exercise: tones, spoken words and buzzes as the user chose in the settings,
 * and a line for screen readers. `observation` is undefined until the saved exercise has loaded,
 * null when none runs. A cue is worked out while rendering (from the clock, see cue-timing.ts) and
 * played once in an effect.
 */
export function useExerciseCues(observation: CueObservation | null | undefined): ExerciseCues {
  const { t, i18n } = useTranslation('cues');
  const { value: settings } = useStored(records.settings);
  const [tracked, setTracked] = useState<Tracked>({ observation: undefined, state: undefined, cue: null, given: 0 });

  // Derived state, adjusted during render (React's pattern for "state from changing input"):
  // the first observation after loading is taken as already cued, so a reload repeats nothing.
  if (observation !== undefined && !sameObservation(observation, tracked.observation)) {
    const next = nextCue(tracked.state, observation);
    setTracked({
      observation,
      state: next.state,
      cue: next.cue ?? tracked.cue,
      given: next.cue ? tracked.given + 1 : tracked.given,
    });
  }

  const language: CueLanguage = i18n.language === 'en' ? 'en' : 'nl';
  const tones = useRef<TonePlayer | null>(null);
  // With sound off no audio context is made at all: on iPhones it would interrupt the user's music.
  const choices = useRef({ sound: settings.sound, speech: settings.speech, language });
  useEffect(() => {
    choices.current = { sound: settings.sound, speech: settings.speech, language };
  }, [settings.sound, settings.speech, language]);
  const prime = useCallback(() => {
    const { sound, speech, language } = choices.current;
    if (speech) primeSpeech(language);
    if (!sound) return;
    tones.current ??= createTonePlayer();
    tones.current.prime();
  }, []);

  // After a reload there was no tap yet: the next tap anywhere (pause, count, …) lets sound play again.
  const running = observation !== undefined && observation !== null;
  useEffect(() => {
    if (!running) return;
    document.addEventListener('pointerdown', prime, { once: true });
    document.addEventListener('keydown', prime, { once: true });
    return () => {
      document.removeEventListener('pointerdown', prime);
      document.removeEventListener('keydown', prime);
    };
  }, [running, prime]);

  useEffect(() => () => tones.current?.close(), []);

  // Reads the settings of the moment the cue is given; a change of settings replays nothing.
  const play = useEffectEvent((cue: Cue) => {
    if (settings.sound) tones.current?.play(cue.kind);
    if (settings.vibration) vibrateCue(cue.kind);
    if (settings.speech) speakCue(spokenText(t, cue), language);
  });
  const { cue, given } = tracked;
  useEffect(() => {
    if (cue && given > 0) play(cue);
  }, [cue, given]);

  return { announcement: cue ? announcementText(t, cue, tracked.observation) : '', prime };
}

type T = ReturnType<typeof useTranslation<'cues'>>['t'];

function durationText(t: T, ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (seconds === 0) return t('time.minutes', { count: minutes });
  if (minutes === 0) return t('time.seconds', { count: seconds });
  return t('time.minutesSeconds', {
    minutes: t('time.minutes', { count: minutes }),
    seconds: t('time.seconds', { count: seconds }),
  });
}

/** What the start of an exercise announces: how many repetitions, or how long to hold. */
function startText(t: T, observation: CueObservation | null | undefined): string {
  return observation?.kind === 'repetitions'
    ? t('announce.startRepetitions', { total: observation.total ?? 0 })
    : t('announce.startHold', { time: durationText(t, observation?.durationMs ?? 0) });
}

function announcementText(t: T, cue: Cue, observation: CueObservation | null | undefined): string {
  const total = observation?.total ?? 0;
  switch (cue.kind) {
    case 'start':
      return startText(t, observation);
    case 'repetition':
      return t('announce.repetition', { count: cue.value ?? 0, total });
    case 'minute':
      return t('announce.minute', { count: cue.value ?? 0 });
    case 'done':
      return t('announce.done');
  }
}

function spokenText(t: T, cue: Cue): string {
  switch (cue.kind) {
    case 'start':
      return t('speak.start');
    case 'repetition':
      return t('speak.repetition', { count: cue.value ?? 0 });
    case 'minute':
      return t('speak.minute', { count: cue.value ?? 0 });
    case 'done':
      return t('speak.done');
  }
}
