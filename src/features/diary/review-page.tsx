import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ReviewPanel } from './review-panel';
import { useReview } from './use-review';
import './diary.css';

/** The two-day review on its own page, to look at again whenever the user wants. */
export function ReviewPage() {
  const { t } = useTranslation('diary');
  const review = useReview();
  return (
    <Page title={t('review.toPage')}>
      <ReviewPanel
        title={t('review.pageHeading')}
        onCarryOn={review.reviewDue ? () => void review.dismiss() : undefined}
      />
    </Page>
  );
}
