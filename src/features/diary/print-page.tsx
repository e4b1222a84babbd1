import { useTranslation } from 'react-i18next';
import { useContent } from '../../content/use-content';
import type { PlanStep } from '../../content/schema';
import { records, type DiaryEntry, type Session } from '../../storage/records';
import { roundDose } from '../../storage/round-dose';
import { formatClock } from '../../ui/format-time';
import { useStored } from '../../storage/use-stored';
import { Page } from '../../ui/page';
import { DiaryChart } from './diary-chart';
import { groupByEpisode } from './episodes';
import { firstAndLatest } from './first-and-latest';
import { useDiaryFormat } from './use-diary-format';
import './diary.css';

/** One printable page for the physiotherapist or huisarts: the diary chart and table, and the steps done. */
export function PrintPage() {
  const { t } = useTranslation('diary');
  const { plan } = useContent();
  const diary = useStored(records.diary);
  const sessions = useStored(records.sessions);
  const progress = useStored(records.planProgress);
  const episodes = useStored(records.episodes);
  // Only episodes with values: an empty new one has nothing to show the physiotherapist.
  const groups = groupByEpisode(diary.value, episodes.value).filter((g) => g.items.length > 0);
  const current = plan.steps.find((s) => s.id === progress.value.currentStepId);
  const loaded = diary.loaded && sessions.loaded && progress.loaded && episodes.loaded;
  return (
    <Page title={t('print.title')} lead={t('print.lead')}>
      <div className="actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      {loaded && (
        <>
          {groups.length === 0 && <p>{t('page.empty')}</p>}
          {groups.length === 1 && <PrintedDiary entries={diary.value} level={2} />}
          {groups.length > 1 &&
            groups.map(({ episode, items }) => (
              <section key={episode.number} aria-labelledby={`print-episode-${episode.number}`}>
                <h2 id={`print-episode-${episode.number}`}>{t('print.episode', { number: episode.number })}</h2>
                <PrintedDiary entries={items} level={3} />
              </section>
            ))}
          <PrintedSteps sessions={sessions.value} current={current} />
        </>
      )}
    </Page>
  );
}

type StepRow = { step: PlanStep; count: number; shorter: string[]; last: string | undefined };

/** Per step with rounds: the full rounds, the shorter ones as they were ("2 van 10"), the last one. */
function useStepRows(sessions: readonly Session[]): StepRow[] {
  const { t } = useTranslation('diary');
  const { plan } = useContent();
  return plan.steps
    .map((step) => {
      const done = sessions.filter((s) => s.stepId === step.id);
      // A round stopped early is listed as what it was ("2 van 10"), not counted as a full one.
      const shorter = done
        .map((s) => roundDose(s, step.dose.repetitions ?? 10))
        .filter((dose) => dose.short)
        .map((dose) =>
          dose.unit === 'repetitions'
            ? t('print.dose', { done: dose.done, planned: dose.planned })
            : t('print.dose', { done: formatClock(dose.done * 1000), planned: formatClock(dose.planned * 1000) }),
        );
      const last = done.reduce<string | undefined>(
        (max, s) => (!max || s.finishedAt > max ? s.finishedAt : max),
        undefined,
      );
      return { step, count: done.length - shorter.length, shorter, last };
    })
    .filter((row) => row.count + row.shorter.length > 0);
}

type PrintedStepsProps = { sessions: readonly Session[]; current: PlanStep | undefined };

/** The step the user is at, and a table of the steps done: how often, and when last. */
function PrintedSteps({ sessions, current }: PrintedStepsProps) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const steps = useStepRows(sessions);
  return (
    <section aria-labelledby="print-steps-title" className="print-steps">
      <h2 id="print-steps-title">{t('print.steps')}</h2>
      {current && <p>{t('print.currentStep', { label: `${current.label}: ${current.title}` })}</p>}
      {steps.length === 0 ? (
        <p>{t('print.noSteps')}</p>
      ) : (
        <table className="diary-table">
          <thead>
            <tr>
              <th scope="col">{t('print.step')}</th>
              <th scope="col">{t('print.times')}</th>
              <th scope="col">{t('print.last')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map(({ step, count, shorter, last }) => (
              <tr key={step.id}>
                <th scope="row">{`${step.label}: ${step.title}`}</th>
                <td>
                  {count}
                  {shorter.length > 0 && ` ${t('print.shorter', { rounds: shorter.join(', ') })}`}
                </td>
                <td>{last ? format.dateTime(last) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type PrintedDiaryProps = { entries: readonly DiaryEntry[]; level: 2 | 3 };

/** The period, the chart and the table of some diary values (the whole diary, or one episode's). */
function PrintedDiary({ entries, level }: PrintedDiaryProps) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const { first, latest } = firstAndLatest(entries);
  return (
    <>
      {first && latest && (
        <p>{t('print.period', { from: format.dateTime(first.at), to: format.dateTime(latest.at) })}</p>
      )}
      <DiaryChart entries={entries} level={level} />
    </>
  );
}
