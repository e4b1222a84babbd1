/**
 * Short, soft tones for the exercise cues, made with the Web Audio API (no audio files to load or
 * precache). Browsers only let a page start sound after a user gesture, so the AudioContext is
 * created or resumed in `prime()`, which the caller runs inside a tap; before that, `play` is silent.
 */
import type { CueKind } from './cue-timing';

/** A note: frequency in Hz, start and length in seconds from the cue. */
type Note = { hz: number; at: number; length: number };

/** Rising for the start, one short note per repetition or minute, falling and resolving when done. */
export const cueNotes: Record<CueKind, Note[]> = {
  start: [
    { hz: 523.25, at: 0, length: 0.18 },
    { hz: 659.25, at: 0.2, length: 0.28 },
  ],
  repetition: [{ hz: 587.33, at: 0, length: 0.14 }],
  minute: [{ hz: 523.25, at: 0, length: 0.25 }],
  done: [
    { hz: 659.25, at: 0, length: 0.2 },
    { hz: 587.33, at: 0.22, length: 0.2 },
    { hz: 523.25, at: 0.44, length: 0.45 },
  ],
};

/** Loud enough to hear from the floor, soft enough not to startle at night. */
const PEAK_GAIN = 0.2;

export type TonePlayer = {
  /** Creates or resumes the audio context: call it from a tap (browser rule for sound). */
  prime: () => void;
  /** Plays the cue's tones, if sound was primed; silent otherwise. */
  play: (kind: CueKind) => void;
  /** Releases the audio hardware. */
  close: () => void;
};

type AudioContextLike = Pick<AudioContext, 'state' | 'currentTime' | 'destination' | 'resume' | 'close'> & {
  createOscillator: () => OscillatorNode;
  createGain: () => GainNode;
};

function defaultContext(): AudioContextLike | null {
  // Older iPhones name it webkitAudioContext.
  const Constructor =
    window.AudioContext ?? (window as Window & { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  return Constructor ? new Constructor() : null;
}

function schedule(context: AudioContextLike, kind: CueKind): void {
  const start = context.currentTime + 0.02;
  for (const note of cueNotes[kind]) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = note.hz;
    // A quick fade in and a long fade out: no click at either end.
    const t = start + note.at;
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(PEAK_GAIN, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + note.length);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(t);
    oscillator.stop(t + note.length + 0.05);
  }
}

/** A tone player; `createContext` is for tests. */
export function createTonePlayer(createContext: () => AudioContextLike | null = defaultContext): TonePlayer {
  let context: AudioContextLike | null = null;
  return {
    prime() {
      try {
        context ??= createContext();
        if (context && context.state !== 'running') void context.resume().catch(() => undefined);
      } catch {
        context = null; // no Web Audio here: the other cues still work
      }
    },
    play(kind) {
      if (!context) return;
      if (context.state === 'running') {
        schedule(context, kind);
        return;
      }
      // Just primed: the context is still starting. Play once it runs, unless that takes so long
      // that the tone would come out of step with the exercise.
      const asked = Date.now();
      const ready = context;
      void ready
        .resume()
        .then(() => {
          if (ready.state === 'running' && Date.now() - asked < 1000) schedule(ready, kind);
        })
        .catch(() => undefined);
    },
    close() {
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}
