/**
 * Spoken cues through the browser's speech synthesis, with voices that run on the phone only
 * (`localService`): a network voice would send the cue text off the phone, and would fail offline.
 * Dutch needs an nl-NL voice, English any local English voice; without one, nothing is spoken.
 */
import { useCallback, useSyncExternalStore } from 'react';

export type CueLanguage = 'nl' | 'en';

type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'name'>;

const normalised = (lang: string) => lang.replace('_', '-').toLowerCase();

/** The local voice to speak `language` with, or undefined when the phone has none. */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[], language: CueLanguage): V | undefined {
  const local = voices.filter((voice) => voice.localService);
  if (language === 'nl') return local.find((voice) => normalised(voice.lang) === 'nl-nl');
  const english = local.filter((voice) => normalised(voice.lang).startsWith('en'));
  return english.find((voice) => normalised(voice.lang) === 'en-gb') ?? english[0];
}

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** Speaks `text` with a local voice for `language`; returns false when there is no such voice. */
export function speakCue(text: string, language: CueLanguage): boolean {
  const synth = synthesis();
  const voice = synth ? pickLocalVoice(synth.getVoices(), language) : undefined;
  if (!synth || !voice) return false;
  // A cue that is still queued is out of date: drop it rather than speak behind the exercise.
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.95;
  synth.speak(utterance);
  return true;
}

/**
 * Readies speech from a tap: asks for the voice list (Chrome fills it in late) and, with a local voice,
 * speaks nothing once; iPhones only let a page speak from a timer after it has spoken from a gesture.
 */
export function primeSpeech(language: CueLanguage): void {
  const synth = synthesis();
  if (!synth || !pickLocalVoice(synth.getVoices(), language)) return;
  const silence = new SpeechSynthesisUtterance('');
  silence.volume = 0;
  synth.speak(silence);
}

/**
 * Whether this phone has a local voice for `language`: undefined until known (the voice list exists
 * only in the browser, so the first render is the same in Node and in the browser; browsers also
 * load the list late and say so with `voiceschanged`).
 */
export function useLocalVoice(language: CueLanguage): boolean | undefined {
  const subscribe = useCallback((onChange: () => void) => {
    const synth = synthesis();
    synth?.addEventListener('voiceschanged', onChange);
    return () => synth?.removeEventListener('voiceschanged', onChange);
  }, []);
  const snapshot = () => {
    const synth = synthesis();
    return synth ? pickLocalVoice(synth.getVoices(), language) !== undefined : false;
  };
  return useSyncExternalStore(subscribe, snapshot, () => undefined);
}
