import { useTranslation } from 'react-i18next';
import { useSwitchLanguage } from '../../i18n/language-provider';
import { languages } from '../../i18n/languages';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { useHydrated } from '../../ui/use-hydrated';

/** Nederlands / English: changes every text at once and is remembered on this phone. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  const settings = useStored(records.settings);
  const hydrated = useHydrated();
  return (
    // Disabled in the prerendered HTML until React has the page: a tap there would do nothing.
    <fieldset className="card side-choice" disabled={!hydrated}>
      <legend>{t('language.label')}</legend>
      <div className="choice-row">
        {languages.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className={i18n.language === language ? 'button button-primary' : 'button'}
            aria-pressed={i18n.language === language}
            onClick={() => {
              void switchLanguage(language);
              void settings.setValue((s) => ({ ...s, language }));
            }}
          >
            {t(`language.${language}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
