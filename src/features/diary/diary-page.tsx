import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { Page } from '../../ui/page';
import { DiaryChart } from './diary-chart';
import { groupByDay } from './diary-days';
import { ExportHint } from './export-hint';
import { useDiaryFormat } from './use-diary-format';
import './diary.css';

/** The diary: log now, the chart with its table, the entries by day, and the way to the user's data. */
export function DiaryPage() {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const diary = useStored(records.diary);
  // Days are built only after loading: the first render (also when prerendered) shows no dates.
  const days = diary.loaded ? groupByDay(diary.value) : [];
  return (
    <Page title={t('title')} lead={t('lead')}>
      <div className="actions">
        <Link to={paths.diaryLog} className="button button-primary button-large">
          {t('page.toLog')}
        </Link>
      </div>
      {diary.loaded && <ExportHint entries={diary.value} />}
      {diary.loaded && diary.value.length === 0 && <p>{t('page.empty')}</p>}
      {diary.loaded && diary.value.length > 0 && (
        <>
          <DiaryChart entries={diary.value} />
          <section aria-labelledby="diary-days-title">
            <h2 id="diary-days-title">{t('page.days')}</h2>
            {days.map(({ day, entries }) => (
              <section key={day} className="card diary-day" aria-label={format.day(day)}>
                <h3>{format.day(day)}</h3>
                <ul className="diary-entries">
                  {entries.map((e) => (
                    <li key={e.id}>
                      {t('page.entry', {
                        time: format.time(e.at),
                        pain: e.pain,
                        place: format.inlinePlace(e.location),
                      })}
                      <span className="hint"> · {t(`moment.${e.moment}`)}</span>
                      {e.note && <span className="diary-note-text"> · {e.note}</span>}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        </>
      )}
      <ul className="link-list">
        <li>
          <Link to={paths.diaryReview} className="link-row">
            {t('page.toReview')}
          </Link>
        </li>
        <li>
          <Link to={paths.diaryPrint} className="link-row">
            {t('page.toPrint')}
          </Link>
        </li>
        <li>
          <Link to={paths.diaryData} className="link-row">
            {t('page.toData')}
          </Link>
        </li>
      </ul>
    </Page>
  );
}
