import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { formatTimeOfDay, isSameLocalDay } from '../../ui/format-time';
import { Page } from '../../ui/page';
import type { ReminderView } from './reminder-logic';
import { useCurrentStep } from './use-reminder';
import './reminder.css';

export type DueScreenProps = {
  view: Extract<ReminderView, { kind: 'due' }>;
  now: Date;
  onSnooze: (minutes: number) => void;
  onDismiss: () => void;
};

/**
 * "Tijd voor een oefenronde": one big way into the step the user is on, and calm ways to do it
 * later. A round due since yesterday reads the same as one due a minute ago: no overdue counter,
 * just the round and when the next one would be.
 */
export function DueScreen({ view, now, onSnooze, onDismiss }: DueScreenProps) {
  // Both namespaces at once (one wait, not two in a row); the way into the plan is the start page's.
  const { t, i18n } = useTranslation(['reminder', 'glance']);
  const { t: tg } = useTranslation('glance', { keyPrefix: 'reminder' });
  const step = useCurrentStep();
  const next = formatTimeOfDay(view.nextIfDoneNow, i18n.language);
  // The page underneath stays mounted and will not set its title again: give it back on leaving.
  // (A layout effect runs before the Page's own effect renames the document.)
  useLayoutEffect(() => {
    const pageTitle = document.title;
    return () => {
      document.title = pageTitle;
    };
  }, []);
  return (
    <Page title={t('due.title')} lead={t('due.lead')}>
      {view.plannedAt && <p>{t('due.planned', { time: formatTimeOfDay(view.plannedAt, i18n.language) })}</p>}
      <div className="actions">
        <Link to={step ? paths.step(step.id) : paths.plan} className="button button-primary button-large">
          {step ? tg('due.toStep', { label: step.label, title: step.title }) : tg('due.toPlan')}
        </Link>
      </div>
      <p>
        {isSameLocalDay(now, view.nextIfDoneNow)
          ? t('due.nextIfNow', { time: next })
          : t('due.nextIfNowTomorrow', { time: next })}
      </p>
      <section className="card" aria-labelledby="due-later-title">
        <h2 id="due-later-title">{t('due.laterTitle')}</h2>
        <div className="actions">
          <button type="button" className="button" onClick={() => onSnooze(15)}>
            {t('due.in15')}
          </button>
          <button type="button" className="button" onClick={() => onSnooze(60)}>
            {t('due.in60')}
          </button>
          <button type="button" className="button" onClick={onDismiss}>
            {t('due.notNow')}
          </button>
        </div>
      </section>
    </Page>
  );
}
