import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previousStepOf } from '../../content/plan-steps';
import type { Plan, PlanStep } from '../../content/schema';
import { useContent } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link, useSearchParam } from '../../routing/router';
import { records, type DiaryEntry, type Session } from '../../storage/records';
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

const TITLES = { before: 'log.titleBefore', after: 'log.titleAfter', any: 'log.title' } as const;

/** Logging pain in seconds: before a round, after one, or any time; after a round, what the leaflet says. */
export function DiaryLogPage({ moment, stepId, sessionId }: DiaryLogPageProps) {
  const { t } = useTranslation('diary');
  const { plan } = useContent();
  // Read here, before the value is saved: what follows it must show at once, not after a new read.
  const diary = useStored(records.diary);
  const sessions = useStored(records.sessions);
  const [saved, setSaved] = useState<DiaryEntry | null>(null);
  const session = sessionId ? sessions.value.find((s) => s.id === sessionId) : undefined;
  const step = plan.steps.find((s) => s.id === (stepId ?? session?.stepId));
  const title = t(TITLES[moment]);

  if (saved) {
    return (
      <Page title={title}>
        <LogSaved
          moment={moment}
          saved={saved}
          step={step}
          diary={diary.value}
          sessions={sessions.value}
          session={session}
          sessionMissing={moment === 'after' && Boolean(sessionId) && sessions.loaded && !session}
          onAgain={() => setSaved(null)}
        />
      </Page>
    );
  }

  return (
    <Page title={title} lead={step ? `${step.label}: ${step.title}. ${t('log.lead')}` : t('log.lead')}>
      <LogForm moment={moment} sessionId={sessionId} onSaved={setSaved} />
    </Page>
  );
}

type LogSavedProps = {
  moment: DiaryEntry['moment'];
  saved: DiaryEntry;
  /** The step before or after which the value was logged. */
  step: PlanStep | undefined;
  diary: readonly DiaryEntry[];
  sessions: readonly Session[];
  /** After a round: the round just recorded. */
  session: Session | undefined;
  /** After a round whose record is not (or no longer) there. */
  sessionMissing: boolean;
  onAgain: () => void;
};

/** What follows a saved value: the value, after a round the step back or what the leaflet says, and where to go. */
function LogSaved({ moment, saved, step, diary, sessions, session, sessionMissing, onAgain }: LogSavedProps) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const pair = session ? valuesForSession(diary, session) : undefined;
  // After a round where the pain reached further into the leg or clearly rose, the leaflet's rule is
  // to go back: that step back is the first and largest action, and "back to the exercise" is not offered.
  const worse = moment === 'after' && madeWorse(pair?.before, saved);
  // The research on centralisation in full after the first round that showed it; a link after later ones.
  const firstGood = firstCentralisingSession(diary, sessions);
  return (
    <>
      <p className="notice" role="status">
        {t('log.saved', { time: format.time(saved.at), value: format.value(saved) })}
      </p>
      {worse && <StepBackAction from={step} />}
      {moment === 'after' && session && (
        <FolderSays
          before={pair?.before}
          after={saved}
          explainCentralisation={firstGood === undefined || firstGood === session.id}
        />
      )}
      {sessionMissing && <p>{t('log.sessionMissing')}</p>}
      <LogSavedActions moment={moment} exerciseStep={worse ? undefined : step} onAgain={onAgain} />
    </>
  );
}

/** "Terug naar …": the step the leaflet goes back to from `from`, as the page's first and largest action. */
function StepBackAction({ from }: { from: PlanStep | undefined }) {
  const { t } = useTranslation('diary');
  const { plan } = useContent();
  const stepBack = from ? stepBackFrom(plan, from) : undefined;
  if (!stepBack) return null;
  return (
    <div className="actions step-back">
      <Link to={paths.step(stepBack.id)} className="button button-primary button-large">
        {t('log.stepBack', {
          name: `${stepBack.label.toLocaleLowerCase()}: ${stepBack.title.toLocaleLowerCase()}`,
        })}
      </Link>
    </div>
  );
}

type LogSavedActionsProps = {
  moment: DiaryEntry['moment'];
  /** The step to go back to; none after a round that made things worse (the step back is offered then). */
  exerciseStep: PlanStep | undefined;
  onAgain: () => void;
};

/** Back to the exercise (around a round), to the diary, or another value (any time). */
function LogSavedActions({ moment, exerciseStep, onAgain }: LogSavedActionsProps) {
  const { t } = useTranslation('diary');
  return (
    <div className="actions">
      {moment !== 'any' && exerciseStep && (
        <Link to={paths.step(exerciseStep.id)} className="button button-primary button-large">
          {t('log.toExercise')}
        </Link>
      )}
      <Link to={paths.diary} className="button">
        {t('log.toDiary')}
      </Link>
      {moment === 'any' && (
        <button type="button" className="button" onClick={onAgain}>
          {t('log.again')}
        </button>
      )}
    </div>
  );
}

/** True when a value after a round, against the one before it, meets the leaflet's stop rules. */
function madeWorse(before: DiaryEntry | undefined, after: DiaryEntry): boolean {
  return before !== undefined && stopRulesApply(compareEntries(before, after));
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
