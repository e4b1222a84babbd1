import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioOptions } from '../../ui/radio-options';
import { PAIN_LOCATIONS, type DiaryEntry } from '../../storage/records';
import { BodyPicture } from './body-picture';

export type LocationChoiceProps = {
  value: DiaryEntry['location'] | undefined;
  onChange: (location: DiaryEntry['location']) => void;
};

/** Where the pain reaches, on the ordered scale (middle first), beside a body picture that follows the choice. */
export function LocationChoice({ value, onChange }: LocationChoiceProps) {
  const { t } = useTranslation(['diary', 'glance']);
  const { t: tg } = useTranslation('glance', { keyPrefix: 'diary' });
  const hintId = useId();
  const title = value ? t('log.pictureTitleReach', { place: tg(`locationInline.${value}`) }) : t('log.pictureTitle');
  return (
    <fieldset className="diary-fieldset" aria-describedby={hintId}>
      <legend className="diary-legend">{t('log.locationLegend')}</legend>
      <p className="hint" id={hintId}>
        {t('log.locationHint')}
      </p>
      <div className="location-layout">
        <BodyPicture location={value} title={title} className="body-picture" />
        <div className="location-options">
          <RadioOptions
            options={PAIN_LOCATIONS}
            value={value}
            labelOf={(location) => t(`location.${location}`)}
            onChange={onChange}
            optionClassName="location-option"
          />
        </div>
      </div>
    </fieldset>
  );
}
