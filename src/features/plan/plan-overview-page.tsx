import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { Page } from '../../ui/page';
import { SourceNote } from '../../ui/source-note';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { repetitionsFor, roundsToday } from './plan-session';
import { deviceZone } from '../../schedule/clock-time';
import { PosturePicture } from '../../ui/posture-picture';

/** The six steps of the stappenplan in order, each with its picture, kenmerk and dose. */
export function PlanOverviewPage() {
  const { t } = useTranslation('plan');
  const { plan } = useContent();
  const sourceLabel = useSourceLabel();
  const { value: progress } = useStored(records.planProgress);
  const { value: sessions } = useStored(records.sessions);
  const today = roundsToday(sessions, new Date(), deviceZone(), (stepId) => {
    const step = plan.steps.find((s) => s.id === stepId);
    return step ? repetitionsFor(step) : 10;
  });
  return (
    <Page title={t('overview.title')} lead={t('overview.lead')}>
      <ol className="step-list">
        {plan.steps.map((step) => {
          const rounds = today.get(step.id) ?? { full: 0, short: 0 };
          return (
            <li key={step.id}>
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
                  {rounds.full > 0 && (
                    <span className="step-today">{t('overviewProgress.doneToday', { count: rounds.full })}</span>
                  )}
                  {/* A round stopped early is counted apart, never as a full one. */}
                  {rounds.short > 0 && (
                    <span className="step-today">{t('overviewProgress.shortToday', { count: rounds.short })}</span>
                  )}
                  {rounds.full + rounds.short === 0 && (
                    <span className="step-today">{t('overviewProgress.notToday')}</span>
                  )}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
      <SourceNote label={sourceLabel(plan.source)} />
    </Page>
  );
}
