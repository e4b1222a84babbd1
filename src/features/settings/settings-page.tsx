import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioOptions } from '../../ui/radio-options';
import { useLocalVoice } from '../../cues/speech-player';
import { useCuePreview } from '../../cues/use-cue-preview';
import { useCanVibrate } from '../../cues/vibration';
import { THEMES, TEXT_SIZES, records, type Settings } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { Page } from '../../ui/page';
import { LanguageSwitch } from './language-switch';
import './settings.css';

/**
 * Instellingen: colours (with a dim night theme), text size, the cues during an exercise and the
 * language. Every choice is saved at once and the whole app follows it (src/app applies it).
 */
export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const { value, setValue, loaded } = useStored(records.settings);
  const hasVoice = useLocalVoice(i18n.language === 'en' ? 'en' : 'nl');
  const canVibrate = useCanVibrate();
  const preview = useCuePreview();
  const save = (change: Partial<Settings>) => void setValue((saved) => ({ ...saved, ...change }));
  // Until the saved choices are read, the controls wait: a tap would show the default flipping back.
  const waiting = !loaded;

  return (
    <Page title={t('title')} lead={t('lead')}>
      <ChoiceGroup
        legend={t('theme.label')}
        options={THEMES}
        value={value.theme}
        labelOf={(theme) => t(`theme.${theme}`)}
        disabled={waiting}
        onChange={(theme) => save({ theme })}
      />
      <ChoiceGroup
        legend={t('textSize.label')}
        options={TEXT_SIZES}
        value={value.textSize}
        labelOf={(size) => t(`textSize.${size}`)}
        disabled={waiting}
        onChange={(textSize) => save({ textSize })}
      />
      <fieldset className="card settings-group" disabled={waiting}>
        <legend>{t('cues.label')}</legend>
        <p className="hint">{t('cues.hint')}</p>
        <Toggle
          label={t('cues.sound')}
          hint={t('cues.soundHint')}
          checked={value.sound}
          onChange={(sound) => save({ sound })}
        />
        <Toggle
          label={t('cues.speech')}
          hint={hasVoice === false ? t('cues.speechNoVoice') : t('cues.speechHint')}
          checked={value.speech}
          onChange={(speech) => save({ speech })}
        />
        <Toggle
          label={t('cues.vibration')}
          hint={canVibrate === false ? t('cues.vibrationUnsupported') : t('cues.vibrationHint')}
          checked={value.vibration}
          onChange={(vibration) => save({ vibration })}
        />
        <button type="button" className="button settings-try" onClick={() => preview(value)}>
          {t('cues.try')}
        </button>
      </fieldset>
      <LanguageSwitch />
    </Page>
  );
}

type ChoiceGroupProps<T extends string> = {
  legend: string;
  options: readonly T[];
  value: T;
  labelOf: (option: T) => string;
  onChange: (option: T) => void;
  disabled: boolean;
};

/** One choice out of a few, as large radio rows: the whole row is the target. */
function ChoiceGroup<T extends string>({ legend, options, value, labelOf, onChange, disabled }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="card settings-group" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="settings-options">
        <RadioOptions
          options={options}
          value={value}
          labelOf={labelOf}
          onChange={onChange}
          optionClassName="settings-option"
        />
      </div>
    </fieldset>
  );
}

type ToggleProps = { label: string; hint: string; checked: boolean; onChange: (checked: boolean) => void };

/** An on/off switch with its explanation read out after the name. */
function Toggle({ label, hint, checked, onChange }: ToggleProps) {
  const hintId = useId();
  return (
    <div className="settings-toggle">
      <label className="settings-option">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}
