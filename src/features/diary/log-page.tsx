import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previousStepOf } from '../../content/plan-steps';
import type { Plan, PlanStep } from '../../content/schema';
import { useContent } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link, useSearchParam } from '../../routing/router';
import { records, type DiaryEntry } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { Page } from '../../ui/page';
import { compareEntries, firstCentralisingSession, stopRulesApply, valuesForSession } from './compare';
import { FolderSays } from './folder-says';
import { LogForm } from './log-form';
import { useDiaryFormat } from './use-diary-format';
import './diary.css';

export type DiaryLogPageProps = {
  moment: DiaryEntry['moment'];
  /** Before a session: the step about to be done, to go back to it after saving. */
  stepId?: string;
  /** After a session: the session just recorded, to compare with the value from before it. */
  sessionId?: string;
};

/** Logging pain in seconds: before a round, after one, or any time; after a round, what the leaflet says. */
export function DiaryLogPage({ moment, stepId, sessionId }: DiaryLogPageProps) {
  const { t } = useTranslation('diary');
  const { plan } = useContent();
  const format = useDiaryFormat();
  const diary = useStored(records.diary);
  const sessions = useStored(records.sessions);
  const [saved, setSaved] = useState<DiaryEntry | null>(null);
  const session = sessionId ? sessions.value.find((s) => s.id === sessionId) : undefined;
  const step = plan.steps.find((s) => s.id === (stepId ?? session?.stepId));
  const title = moment === 'before' ? t('log.titleBefore') : moment === 'after' ? t('log.titleAfter') : t('log.title');

  if (saved) {
    const pair = session ? valuesForSession(diary.value, session) : undefined;
    // After a round where the pain reached further into the leg or clearly rose, the leaflet's rule is
    // to go back: that step back is the first and largest action, and "back to the exercise" is not offered.
    const worse =
      moment === 'after' && pair?.before !== undefined && stopRulesApply(compareEntries(pair.before, saved));
    const stepBack = worse && step ? stepBackFrom(plan, step) : undefined;
    // The research on centralisation in full after the first round that showed it; a link after later ones.
    const firstGood = firstCentralisingSession(diary.value, sessions.value);
    return (
      <Page title={title}>
        <p className="notice" role="status">
          {t('log.saved', { time: format.time(saved.at), value: format.value(saved) })}
        </p>
        {stepBack && (
          <div className="actions step-back">
            <Link to={paths.step(stepBack.id)} className="button button-primary button-large">
              {t('log.stepBack', {
                name: `${stepBack.label.toLocaleLowerCase()}: ${stepBack.title.toLocaleLowerCase()}`,
              })}
            </Link>
          </div>
        )}
        {moment === 'after' && session && (
          <FolderSays
            before={pair?.before}
            after={saved}
            explainCentralisation={firstGood === undefined || firstGood === session.id}
          />
        )}
        {moment === 'after' && sessionId && sessions.loaded && !session && <p>{t('log.sessionMissing')}</p>}
        <div className="actions">
          {moment !== 'any' && step && !worse && (
            <Link to={paths.step(step.id)} className="button button-primary button-large">
              {t('log.toExercise')}
            </Link>
          )}
          <Link to={paths.diary} className="button">
            {t('log.toDiary')}
          </Link>
          {moment === 'any' && (
            <button type="button" className="button" onClick={() => setSaved(null)}>
              {t('log.again')}
            </button>
          )}
        </div>
      </Page>
    );
  }

  return (
    <Page title={title} lead={step ? `${step.label}: ${step.title}. ${t('log.lead')}` : t('log.lead')}>
      <LogForm moment={moment} sessionId={sessionId} onSaved={setSaved} />
    </Page>
  );
}

/**
 * Where "go back a step" leads from a step: the step the leaflet names (step 3, step 4 and the
 * variant go back to lying on the stomach, step 2a), else the step before it; none before step 1.
 */
function stepBackFrom(plan: Plan, step: PlanStep): PlanStep | undefined {
  return plan.steps.find((s) => s.id === step.backTo) ?? previousStepOf(plan, step.id);
}

/** After a round: the round's id comes from the address's query (see paths.diaryAfter). */
export function DiaryLogAfterPage() {
  const sessionId = useSearchParam('ronde') ?? undefined;
  return <DiaryLogPage key={sessionId ?? ''} moment="after" sessionId={sessionId} />;
}
