import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { records, type DiaryEntry } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { exportHintDue } from './export-hint-timing';

export type ExportHintProps = { entries: readonly DiaryEntry[] };

/**
 * "Bewaar een kopie": after a week of entries, a small card that suggests exporting the diary, since
 * Safari may clear a website's data (not a home-screen app's) after a week without a visit.
 */
export function ExportHint({ entries }: ExportHintProps) {
  const { t } = useTranslation('diary');
  const review = useStored(records.diaryReview);
  if (!review.loaded || !exportHintDue(entries, review.value.exportHintDismissedAt, new Date())) return null;
  return (
    <section className="card" aria-labelledby="export-hint-title">
      <h2 id="export-hint-title">{t('exportHint.title')}</h2>
      <p>{t('exportHint.body')}</p>
      <div className="actions">
        <Link to={paths.diaryData} className="button button-primary">
          {t('exportHint.toData')}
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => void review.setValue((r) => ({ ...r, exportHintDismissedAt: new Date().toISOString() }))}
        >
          {t('exportHint.notNow')}
        </button>
      </div>
    </section>
  );
}
