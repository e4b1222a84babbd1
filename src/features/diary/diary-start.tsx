import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { SectionCard } from '../../ui/section-card';
import { firstAndLatest } from './diary-days';
import { ReviewPanel } from './review-panel';
import { useDiaryFormat } from './use-diary-format';
import { useReview } from './use-review';
import './diary.css';

/** The diary's part of the start page: the two-day review when due, a one-tap log, "En verder" after day one. */
export function DiaryStart() {
  const { t } = useTranslation('diary');
  const { advice } = useContent();
  const sourceLabel = useSourceLabel();
  const format = useDiaryFormat();
  const diary = useStored(records.diary);
  const review = useReview();
  const { latest } = firstAndLatest(diary.value);
  return (
    <>
      {review.reviewDue && <ReviewPanel headingId="start-review-title" onCarryOn={() => void review.dismiss()} />}
      <section className="card diary-start" aria-labelledby="diary-start-title">
        <h2 id="diary-start-title">{t('start.title')}</h2>
        {diary.loaded && (
          <p>
            {latest
              ? t('start.latest', { value: format.value(latest), when: format.dateTime(latest.at) })
              : t('start.none')}
          </p>
        )}
        <div className="actions">
          <Link to={paths.diaryLog} className="button button-primary">
            {t('start.quickLog')}
          </Link>
          <Link to={paths.diary} className="button">
            {t('start.toDiary')}
          </Link>
        </div>
      </section>
      {review.enVerderDue && !review.reviewDue && (
        <SectionCard {...advice.enVerder} sourceLabel={sourceLabel(advice.enVerder.source)}>
          <button type="button" className="button" onClick={() => void review.markEnVerderRead()}>
            {t('enVerder.read')}
          </button>
        </SectionCard>
      )}
    </>
  );
}
