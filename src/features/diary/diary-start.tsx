import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { currentEpisode, records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { SectionCard } from '../../ui/section-card';
import { firstAndLatest } from './first-and-latest';
import { useReview } from './use-review';
import { useValueFormat } from './use-value-format';
import './diary.css';
import { lazyComponent } from '../../ui/lazy-component';

// The two-day review is due on a few days only: its panel (with the diary's strings and three parts
// of the leaflet) loads when it is.
const ReviewPanel = lazyComponent(() => import('./review-panel'), 'ReviewPanel');

/** The diary's part of the start page: the two-day review when due, a one-tap log, "En verder" after day one. */
export function DiaryStart() {
  const { t } = useTranslation('glance', { keyPrefix: 'diary' });
  const format = useValueFormat();
  const diary = useStored(records.diary);
  const review = useReview();
  const episodes = useStored(records.episodes);
  const ended = episodes.loaded && currentEpisode(episodes.value).endedAt !== undefined;
  const { latest } = firstAndLatest(diary.value);
  return (
    <>
      {ended && (
        <section className="card" aria-labelledby="episode-ended-title">
          <h2 id="episode-ended-title">{t('episode.ended')}</h2>
          <div className="actions">
            <Link to={paths.diaryEpisode} className="button button-primary">
              {t('episode.again')}
            </Link>
          </div>
        </section>
      )}
      {review.reviewDue && (
        // Its own boundary: while the panel loads, the diary card below stays on screen.
        <Suspense fallback={null}>
          <ReviewPanel headingId="start-review-title" onCarryOn={() => void review.dismiss()} />
        </Suspense>
      )}
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
        <Suspense fallback={null}>
          <EnVerderCard onRead={() => void review.markEnVerderRead()} />
        </Suspense>
      )}
    </>
  );
}

/** "En verder" from the leaflet, once, after day one. Reads the advice only when shown. */
type EnVerderCardProps = { onRead: () => void };

function EnVerderCard({ onRead }: EnVerderCardProps) {
  const { t } = useTranslation('glance', { keyPrefix: 'diary' });
  const { advice } = useContent();
  const sourceLabel = useSourceLabel();
  return (
    <SectionCard {...advice.enVerder} sourceLabel={sourceLabel(advice.enVerder.source)}>
      <button type="button" className="button" onClick={onRead}>
        {t('enVerder.read')}
      </button>
    </SectionCard>
  );
}
