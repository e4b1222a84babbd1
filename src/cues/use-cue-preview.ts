import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../storage/records';
import { speakCue } from './speech-player';
import { createTonePlayer, type TonePlayer } from './tone-player';
import { vibrateCue } from './vibration';

/**
 * Gives the start cue once, with the given choices, so the user can check the volume, the voice and
 * the buzz before an exercise. Call the returned function from a tap (browser rule for sound).
 */
export function useCuePreview(): (settings: Pick<Settings, 'sound' | 'speech' | 'vibration'>) => void {
  const { t, i18n } = useTranslation('cues');
  const tones = useRef<TonePlayer | null>(null);
  useEffect(() => () => tones.current?.close(), []);
  return useCallback(
    (settings) => {
      if (settings.sound) {
        tones.current ??= createTonePlayer();
        tones.current.prime();
        tones.current.play('start');
      }
      if (settings.vibration) vibrateCue('start');
      if (settings.speech) speakCue(t('speak.start'), i18n.language === 'en' ? 'en' : 'nl');
    },
    [t, i18n.language],
  );
}
