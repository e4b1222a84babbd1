import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type PainScaleProps = {
  value: number | undefined;
  onChange: (pain: number) => void;
};

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * Pain now, 0 to 10, as eleven big targets. Real radio buttons (one group, arrow keys move, the
 * screen reader says "3 of 11"), drawn as tiles, with the scale's two anchors under the ends.
 */
export function PainScale({ value, onChange }: PainScaleProps) {
  const { t } = useTranslation('diary');
  const name = useId();
  const anchorsId = useId();
  return (
    <fieldset className="diary-fieldset" aria-describedby={anchorsId}>
      <legend className="diary-legend">{t('log.painLegend')}</legend>
      <div className="pain-scale">
        {SCORES.map((score) => (
          <label key={score} className="pain-option" data-score={score}>
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} />
            <span aria-hidden="true">{score}</span>
            <span className="visually-hidden">
              {score === 0 ? `0, ${t('log.painNone')}` : score === 10 ? `10, ${t('log.painWorst')}` : score}
            </span>
          </label>
        ))}
      </div>
      <p className="pain-anchors" id={anchorsId}>
        <span>0 = {t('log.painNone')}</span>
        <span>10 = {t('log.painWorst')}</span>
      </p>
    </fieldset>
  );
}
