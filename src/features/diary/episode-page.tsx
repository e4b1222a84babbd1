import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { navigate } from '../../routing/router';
import { deviceZone } from '../../schedule/clock-time';
import { appStore } from '../../storage/app-store';
import { writePrePaintHints } from '../../storage/pre-paint-hints';
import { currentEpisode, FIRST_STEP_ID, records, type Episode } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { ConfirmQuestion } from '../../ui/confirm-question';
import { Page } from '../../ui/page';
import { SectionCard } from '../../ui/section-card';
import { useHydrated } from '../../ui/use-hydrated';
import { endEpisode, hasEnded, startNextEpisode, summarizeEpisode } from './episodes';
import { useDiaryFormat } from './use-diary-format';
import './diary.css';

/**
 * "Mijn rug": the end of an episode ("Mijn rug is weer goed", asked twice, since it stops the
 * reminders) with its summary and the after-recovery advice, and the start of the next one
 * ("Weer rugpijn"), which begins at step 1 with the alarm list first. The diary is never touched.
 */
export function EpisodePage() {
  // Everything the page shows once the stored episodes are read, asked for here, in the first render:
  // the glance strings (the dates, through useDiaryFormat), the advice and the sources. Asked for
  // only after the read, the page suspended again after hydration, its Suspense boundary hid it for
  // a moment, and the browser dropped the focus its heading had just taken (issue 14). Now hydration
  // waits for them, with the prerendered page on screen meanwhile.
  const { t } = useTranslation(['diary', 'glance']);
  const { advice } = useContent();
  const sourceLabel = useSourceLabel();
  const episodes = useStored(records.episodes);
  const loaded = episodes.loaded;
  const episode = currentEpisode(episodes.value);
  const ended = hasEnded(episodes.value);
  // After "Ja", the summary's heading takes focus, so a screen reader reads what changed.
  const [justEnded, setJustEnded] = useState(false);

  const end = async () => {
    const now = new Date();
    const store = appStore();
    await store.update(records.episodes, (list) => endEpisode(list, now));
    // Off, not paused: no notification, no due screen and no countdown on the start page.
    await store.update(records.reminder, (r) => ({ ...r, state: 'off' as const }));
    setJustEnded(true);
  };

  const startAgain = async () => {
    const now = new Date();
    const store = appStore();
    await store.update(records.episodes, (list) => startNextEpisode(list, now));
    await store.update(records.planProgress, () => ({ currentStepId: FIRST_STEP_ID }));
    // The two-day review and "En verder" belong to the new episode's first days again.
    await store.update(records.diaryReview, () => ({}));
    const settings = await store.update(records.settings, (s) => ({ ...s, firstStartSeen: false }));
    // Mirrored at once, so a reload right after this shows the alarm list, not the plan.
    writePrePaintHints(settings);
    navigate(paths.plan);
  };

  return (
    <Page title={t('episode.title')} lead={t('episode.lead')}>
      {/* Gone at "Ja", not when the store is read again: the question never turns back into its button. */}
      {loaded && !ended && !justEnded && <EpisodeOngoing episode={episode} onEnd={end} />}
      {loaded && ended && (
        <>
          <EpisodeSummaryCard episode={episode} focus={justEnded} />
          <section className="card" aria-labelledby="episode-again-title">
            <h2 id="episode-again-title">{t('episode.againTitle')}</h2>
            <p>{t('episode.againHint')}</p>
            <div className="actions">
              <button type="button" className="button button-primary" onClick={() => void startAgain()}>
                {t('episode.again')}
              </button>
            </div>
          </section>
          <AfterRecoveryAdvice advice={advice} sourceLabel={sourceLabel} />
        </>
      )}
    </Page>
  );
}

type EpisodeOngoingProps = { episode: Episode; onEnd: () => Promise<void> };

/** The running episode, and "Mijn rug is weer goed" behind a question whose safe answer has focus. */
function EpisodeOngoing({ episode, onEnd }: EpisodeOngoingProps) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const hydrated = useHydrated();
  return (
    <>
      <p>
        {t('episode.current', { number: episode.number })}
        {episode.startedAt && ` ${t('episode.since', { date: format.date(episode.startedAt) })}`}
      </p>
      <section className="card" aria-labelledby="episode-end-title">
        <h2 id="episode-end-title">{t('episode.endTitle')}</h2>
        <p>{t('episode.endHint')}</p>
        <ConfirmQuestion
          label={t('episode.end')}
          question={t('episode.confirm')}
          yes={t('episode.confirmYes')}
          no={t('episode.confirmNo')}
          tone="primary"
          enabled={hydrated}
          onYes={onEnd}
        />
      </section>
    </>
  );
}

type EpisodeSummaryCardProps = { episode: Episode; focus: boolean };

/** How the episode went: how long, how many rounds, the first and the last pain value and where it reached. */
function EpisodeSummaryCard({ episode, focus }: EpisodeSummaryCardProps) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const diary = useStored(records.diary);
  const sessions = useStored(records.sessions);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const summary = summarizeEpisode(episode, diary.value, sessions.value, new Date(), deviceZone());
  const shown = (entry: NonNullable<typeof summary.first>) =>
    t('episode.summaryValue', { value: format.value(entry), when: format.dateTime(entry.at) });
  return (
    <section className="card" aria-labelledby="episode-summary-title">
      <h2 id="episode-summary-title" ref={heading} tabIndex={-1}>
        {t('episode.endedTitle')}
      </h2>
      {episode.endedAt && <p>{t('episode.endedOn', { date: format.date(episode.endedAt) })}</p>}
      {diary.loaded && sessions.loaded && (
        <>
          <h3>{t('episode.summaryTitle')}</h3>
          <dl className="episode-summary">
            <div>
              <dt>{t('episode.summaryDays')}</dt>
              <dd>{t('episode.days', { count: summary.days })}</dd>
            </div>
            <div>
              <dt>{t('episode.summaryRounds')}</dt>
              <dd>{summary.rounds}</dd>
            </div>
            {summary.first && (
              <div>
                <dt>{t('episode.summaryFirst')}</dt>
                <dd>{shown(summary.first)}</dd>
              </div>
            )}
            {summary.last && (
              <div>
                <dt>{t('episode.summaryLast')}</dt>
                <dd>{shown(summary.last)}</dd>
              </div>
            )}
          </dl>
          {!summary.first && <p>{t('episode.summaryNone')}</p>}
        </>
      )}
    </section>
  );
}

type AfterRecoveryAdviceProps = { advice: Content['advice']; sourceLabel: (sourceId: string) => string };

/**
 * After recovery: keep exercising (`na-herstel`), then what eases the back day to day; each part with
 * its own source. One heading of the app's own above them, so no part's title is said twice.
 */
function AfterRecoveryAdvice({ advice, sourceLabel }: AfterRecoveryAdviceProps) {
  const { t } = useTranslation('diary');
  const parts = [advice.afterRecovery, ...advice.selfCare];
  return (
    <section aria-labelledby="after-recovery-advice-title">
      <h2 id="after-recovery-advice-title">{t('episode.adviceTitle')}</h2>
      {parts.map((part) => (
        <SectionCard key={part.id} {...part} level={3} sourceLabel={sourceLabel(part.source)} />
      ))}
    </section>
  );
}
