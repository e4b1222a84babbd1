import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { formatRemaining } from '../../schedule/schedule';
import { formatTimeOfDay } from '../../ui/format-time';
import type { ReminderView } from './reminder-logic';
import { useCurrentStep } from './use-reminder';

/** "1 uur 12 min", "2 uur", "5 min": what is left until a round, rounded up to the minute. */
export function useRemainingText(): (ms: number) => string {
  const { t } = useTranslation('glance', { keyPrefix: 'reminder' });
  return (ms) => {
    const { hours, minutes } = formatRemaining(ms);
    if (hours > 0 && minutes > 0) return t('left.hoursMinutes', { count: hours, minutes });
    if (hours > 0) return t('left.hours', { count: hours });
    return t('left.minutes', { minutes });
  };
}

export type ReminderStatusProps = {
  view: ReminderView;
  /** Show the way into the plan when a round is due (the due screen has its own big button). */
  withStepLink?: boolean;
  /** The line when the reminder is off; the start page asks a question, the reminder page just says so. */
  offText?: string;
};

/** One calm line: when the next round is, that one is due now, or that the reminder is paused or off. */
export function ReminderStatus({ view, withStepLink = false, offText }: ReminderStatusProps) {
  const { t, i18n } = useTranslation('glance', { keyPrefix: 'reminder' });
  const remaining = useRemainingText();
  switch (view.kind) {
    case 'upcoming': {
      const values = { time: formatTimeOfDay(view.dueAt, i18n.language), left: remaining(view.remainingMs) };
      return <p className="reminder-line">{t(view.day === 0 ? 'summary.next' : 'summary.nextTomorrow', values)}</p>;
    }
    case 'due':
      return (
        <>
          <p className="reminder-line">{t('summary.due')}</p>
          {withStepLink && (
            // Its own boundary: the plan's content may still be loading, and that must not hide
            // the page around it (nor take the focus from its heading).
            <Suspense fallback={null}>
              <DueStepLink />
            </Suspense>
          )}
        </>
      );
    case 'paused':
      return <p className="reminder-line">{t('summary.paused')}</p>;
    case 'off':
      return <p className="reminder-line">{offText ?? t('summary.off')}</p>;
  }
}

/** The big way into the step the user is on (or the plan), when a round is due. */
function DueStepLink() {
  const { t } = useTranslation('glance', { keyPrefix: 'reminder' });
  const step = useCurrentStep();
  return (
    <Link to={step ? paths.step(step.id) : paths.plan} className="button button-primary button-large">
      {step ? t('due.toStep', { label: step.label, title: step.title }) : t('due.toPlan')}
    </Link>
  );
}
