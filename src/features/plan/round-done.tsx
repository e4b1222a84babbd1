import { useTranslation } from 'react-i18next';
import type { PlanStep } from '../../content/schema';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { roundDose, type RoundDose } from '../../storage/round-dose';
import { formatClock, formatTimeOfDay, isSameLocalDay } from '../../ui/format-time';
import { repetitionsFor } from './plan-session';
import type { FinishedRound } from './use-plan-exercise';

export type RoundDoneProps = {
  round: FinishedRound;
  step: PlanStep;
  next: PlanStep | undefined;
  /** The round was the adapted press-up: an alternative for step 4, not a step after it. */
  isVariant?: boolean;
  onMoveOn: (step: PlanStep) => void;
  onStay: () => void;
};

/** After a round: when it was recorded, when the next one is due, and the user's own choice to move on. */
export function RoundDone({ round, step, next, isVariant = false, onMoveOn, onStay }: RoundDoneProps) {
  const { t, i18n } = useTranslation('plan');
  const { t: tDiary } = useTranslation('diary');
  const finished = new Date(round.session.finishedAt);
  const nextTime = formatTimeOfDay(round.nextDueAt, i18n.language);
  const dose = roundDose(round.session, repetitionsFor(step));
  return (
    <section className="card round-done" aria-labelledby="round-done-title">
      <h2 id="round-done-title">{t('done.title')}</h2>
      <p>{t('done.recorded', { time: formatTimeOfDay(finished, i18n.language) })}</p>
      {dose.short && <p>{t('done.recordedShort', { dose: doseText(t, dose) })}</p>}
      <Link to={paths.diaryAfter(round.session.id)} className="button">
        {tDiary('plan.logAfter')}
      </Link>
      <p className="next-due">
        {isSameLocalDay(finished, round.nextDueAt)
          ? t('done.nextDue', { time: nextTime })
          : t('done.nextDueTomorrow', { time: nextTime })}
      </p>
      <p>{next ? t('done.choice') : isVariant ? t('done.variant') : t('done.lastStep')}</p>
      <div className="actions">
        {next && (
          <button type="button" className="button button-primary" onClick={() => onMoveOn(next)}>
            {t('done.moveOn', { label: next.label })}
          </button>
        )}
        <button type="button" className="button" onClick={onStay}>
          {t('done.stay')}
        </button>
      </div>
    </section>
  );
}

type T = ReturnType<typeof useTranslation<'plan'>>['t'];

/** "2 van 10", or for a hold "1:20 van 3:00". */
export function doseText(t: T, dose: RoundDose): string {
  return dose.unit === 'repetitions'
    ? t('player.dose', { done: dose.done, planned: dose.planned })
    : t('player.dose', { done: formatClock(dose.done * 1000), planned: formatClock(dose.planned * 1000) });
}
