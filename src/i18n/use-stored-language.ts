import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { records } from '../storage/records';
import { useStored } from '../storage/use-stored';
import { useSwitchLanguage } from './language-provider';

/** Applies the language the user chose (stored on the phone) once it has loaded. */
export function useStoredLanguage(): void {
  const { i18n } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  const { value, loaded } = useStored(records.settings);
  useEffect(() => {
    if (loaded && value.language && value.language !== i18n.language) void switchLanguage(value.language);
  }, [loaded, value.language, i18n, switchLanguage]);
}
