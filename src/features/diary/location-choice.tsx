import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIN_LOCATIONS, type DiaryEntry } from '../../storage/records';
import { BodyPicture } from './body-picture';

export type LocationChoiceProps = {
  value: DiaryEntry['location'] | undefined;
  onChange: (location: DiaryEntry['location']) => void;
};

/** Where the pain reaches, on the ordered scale (middle first), beside a body picture that follows the choice. */
export function LocationChoice({ value, onChange }: LocationChoiceProps) {
  const { t } = useTranslation('diary');
  const name = useId();
  const hintId = useId();
  const title = value ? t('log.pictureTitleReach', { place: t(`locationInline.${value}`) }) : t('log.pictureTitle');
  return (
    <fieldset className="diary-fieldset" aria-describedby={hintId}>
      <legend className="diary-legend">{t('log.locationLegend')}</legend>
      <p className="hint" id={hintId}>
        {t('log.locationHint')}
      </p>
      <div className="location-layout">
        <BodyPicture location={value} title={title} className="body-picture" />
        <div className="location-options">
          {PAIN_LOCATIONS.map((location) => (
            <label key={location} className="location-option">
              <input
                type="radio"
                name={name}
                value={location}
                checked={value === location}
                onChange={() => onChange(location)}
              />
              <span>{t(`location.${location}`)}</span>
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
