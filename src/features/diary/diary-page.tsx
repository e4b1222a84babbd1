import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { currentEpisode, records, type DiaryEntry, type Episode } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { Page } from '../../ui/page';
import { DiaryChart } from './diary-chart';
import { groupByDay } from './diary-days';
import { groupByEpisode, hasEnded } from './episodes';
import { ExportHint } from './export-hint';
import { useDiaryFormat } from './use-diary-format';
import './diary.css';

/**
 * The diary: log now, the chart with its table, the entries by day, and the way to the user's data.
 * After a second episode has begun, each episode has its own part, the newest first.
 */
export function DiaryPage() {
  // The glance strings (the days' dates and values, through useDiaryFormat) are asked for here, in
  // the first render, not only once the stored entries are read: asked for then, the page suspended
  // again after hydration and React hid it for a moment (display: none). Now hydration waits for
  // them, with the prerendered page on screen meanwhile (as the episode page does).
  const { t } = useTranslation(['diary', 'glance']);
  const diary = useStored(records.diary);
  const episodes = useStored(records.episodes);
  const loaded = diary.loaded && episodes.loaded;
  const groups = loaded ? groupByEpisode(diary.value, episodes.value) : [];
  const ended = loaded && hasEnded(episodes.value);
  return (
    <Page title={t('title')} lead={t('lead')}>
      {ended && (
        <div className="notice">
          <p>{t('episode.endedNotice')}</p>
          <Link to={paths.diaryEpisode}>{t('episode.again')}</Link>
        </div>
      )}
      <div className="actions">
        <Link to={paths.diaryLog} className="button button-primary button-large">
          {t('page.toLog')}
        </Link>
      </div>
      {loaded && <ExportHint entries={diary.value} />}
      {loaded && diary.value.length === 0 && <p>{t('page.empty')}</p>}
      {loaded &&
        diary.value.length > 0 &&
        (groups.length > 1 ? (
          groups.map(({ episode, items }) => (
            <EpisodePart
              key={episode.number}
              episode={episode}
              entries={items}
              now={episode.number === currentEpisode(episodes.value).number && !ended}
            />
          ))
        ) : (
          <DiaryEntries entries={diary.value} level={2} daysId="diary-days-title" />
        ))}
      <DiaryLinks />
    </Page>
  );
}

/** Where the diary leads on: the two-day review, the printable overview, the user's data, the episode. */
function DiaryLinks() {
  const { t } = useTranslation('diary');
  const links = [
    [paths.diaryReview, t('page.toReview')],
    [paths.diaryPrint, t('page.toPrint')],
    [paths.diaryData, t('page.toData')],
    [paths.diaryEpisode, t('episode.toEpisode')],
  ] as const;
  return (
    <ul className="link-list">
      {links.map(([to, label]) => (
        <li key={to}>
          <Link to={to} className="link-row">
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

type EpisodePartProps = { episode: Episode; entries: readonly DiaryEntry[]; now: boolean };

/** One episode's chart and days under its own heading ("Periode 2 (nu)"). */
function EpisodePart({ episode, entries, now }: EpisodePartProps) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const headingId = `diary-episode-${episode.number}`;
  return (
    <section aria-labelledby={headingId} className="diary-episode">
      <h2 id={headingId}>{t(now ? 'episode.headingNow' : 'episode.heading', { number: episode.number })}</h2>
      {episode.endedAt && <p className="hint">{t('episode.groupEnded', { date: format.date(episode.endedAt) })}</p>}
      {entries.length === 0 ? (
        <p>{t('episode.groupEmpty')}</p>
      ) : (
        <DiaryEntries entries={entries} level={3} daysId={`${headingId}-days`} episodeId={headingId} />
      )}
    </section>
  );
}

type DiaryEntriesProps = {
  entries: readonly DiaryEntry[];
  level: 2 | 3;
  /** The id of the "Per dag" heading, unique on the page: each episode's days are a region of their own. */
  daysId: string;
  /** The episode's heading id: its name goes before "Per dag", as landmarks need names of their own. */
  episodeId?: string;
};

/** The chart with its table and the entries by day; `level` is the heading level of the chart and the days. */
function DiaryEntries({ entries, level, daysId, episodeId }: DiaryEntriesProps) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const days = groupByDay(entries);
  const Heading = level === 2 ? 'h2' : 'h3';
  const DayHeading = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <DiaryChart entries={entries} level={level} />
      <section aria-labelledby={episodeId ? `${episodeId} ${daysId}` : daysId}>
        <Heading id={daysId}>{t('page.days')}</Heading>
        {days.map(({ day, entries: dayEntries }) => (
          <section key={day} className="card diary-day" aria-label={format.day(day)}>
            <DayHeading>{format.day(day)}</DayHeading>
            <ul className="diary-entries">
              {dayEntries.map((e) => (
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
  );
}
