import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStep } from '../../content/schema';
import { useContent } from '../../content/use-content';
import { deviceZone } from '../../schedule/clock-time';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { formatTimeOfDay } from '../../ui/format-time';
import { whereYouAre, type SavedPath } from './where-you-are';

// setTimeout holds at most 2^31-1 ms; a timer that fires early just looks at the clock again.
const MAX_TIMER_MS = 6 * 60 * 60 * 1000;

export type ContinueCardProps = {
  /** The saved records, read by the start page's slot (which shows this card to returning users only). */
  saved: SavedPath;
};

/** "Stap 3, Elleboogsteun"; the adapted press-up's label is its title, said once. */
function stepName(step: PlanStep): string {
  return step.label === step.title ? step.title : `${step.label}, ${step.title}`;
}

/**
 * The start page's first card for a returning user: where they are, when the next round is (the
 * schedule's one time, as on every other screen) and one button into that step, where the next
 * tap starts the exercise. While an exercise runs, the way back to it.
 */
export function ContinueCard({ saved }: ContinueCardProps) {
  const { t, i18n } = useTranslation('start');
  const { plan } = useContent();
  const [now, setNow] = useState(() => new Date());
  const where = whereYouAre(saved, plan.steps, now, deviceZone());
  // Look at the clock again when the next round falls due, so the line turns to "now" by itself.
  const dueAtMs = where.kind === 'continue' && where.next.kind === 'upcoming' ? where.next.dueAt.getTime() : null;
  useEffect(() => {
    if (dueAtMs === null) return;
    const timer = window.setTimeout(
      () => setNow(new Date()),
      Math.min(Math.max(dueAtMs - Date.now(), 0), MAX_TIMER_MS),
    );
    const onVisibility = () => {
      if (document.visibilityState === 'visible') setNow(new Date());
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [dueAtMs, now]);

  if (where.kind === 'new') return null;
  const step = stepName(where.step);
  let title: string;
  if (where.kind === 'running') {
    title = t(where.paused ? 'continue.paused' : 'continue.running', { step });
  } else if (where.next.kind === 'due') {
    title = t('continue.due', { step });
  } else {
    const time = formatTimeOfDay(where.next.dueAt, i18n.language);
    title = t(where.next.day === 0 ? 'continue.next' : 'continue.nextTomorrow', { step, time });
  }
  return (
    <section className="card continue-card" aria-labelledby="continue-title">
      <h2 id="continue-title">{title}</h2>
      <div className="actions">
        <Link to={paths.step(where.step.id)} className="button button-primary button-large">
          {where.kind === 'running' ? t('continue.backToExercise') : t('continue.toStep', { label: where.step.label })}
        </Link>
      </div>
    </section>
  );
}
