import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { Page } from '../../ui/page';
import { SourceNote } from '../../ui/source-note';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { roundsToday } from './plan-session';
import { deviceZone } from '../../schedule/clock-time';
import { PosturePicture } from '../../ui/posture-picture';

/** The six steps of the stappenplan in order, each with its picture, kenmerk and dose. */
export function PlanOverviewPage() {
  const { t } = useTranslation('plan');
  const { plan } = useContent();
  const sourceLabel = useSourceLabel();
  const { value: progress, loaded } = useStored(records.planProgress);
  const { value: sessions } = useStored(records.sessions);
  const today = roundsToday(sessions, new Date(), deviceZone());
  // Once the saved step is known, bring it on screen (step 3 or 4 sits below the fold on a phone);
  // once only, so a later change never moves the list under the user's thumb. 'nearest' keeps a
  // step that is already visible where it is and respects the bottom navigation's scroll padding.
  const currentRef = useRef<HTMLLIElement>(null);
  const scrolled = useRef(false);
  useEffect(() => {
    if (!loaded || scrolled.current) return;
    scrolled.current = true;
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [loaded]);
  return (
    <Page title={t('overview.title')} lead={t('overview.lead')}>
      <ol className="step-list">
        {plan.steps.map((step) => (
          <li key={step.id} ref={step.id === progress.currentStepId ? currentRef : undefined}>
            <Link
              to={paths.step(step.id)}
              className={step.id === progress.currentStepId ? 'step-link step-current' : 'step-link'}
              aria-current={step.id === progress.currentStepId ? 'step' : undefined}
            >
              <PosturePicture id={step.picture} className="step-link-picture" />
              <span className="step-link-text">
                <span className="step-label">{step.label}</span>
                <span className="step-title">{step.title}</span>
                <span className="step-kenmerk">{step.kenmerk}</span>
                <span className="step-dose">{t('overview.dose', { dose: step.dose.summary })}</span>
                {step.id === progress.currentStepId && (
                  <span className="step-here">{t('overviewProgress.current')}</span>
                )}
                <span className="step-today">
                  {today.get(step.id)
                    ? t('overviewProgress.doneToday', { count: today.get(step.id) })
                    : t('overviewProgress.notToday')}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
      <SourceNote label={sourceLabel(plan.source)} />
    </Page>
  );
}
