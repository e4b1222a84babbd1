import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { Page } from '../../ui/page';
import { SourceNote } from '../../ui/source-note';
import { currentEpisode, records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { roundsToday } from './plan-session';
import { deviceZone } from '../../schedule/clock-time';
import { PosturePicture } from '../../ui/posture-picture';

/** The six steps of the stappenplan in order, each with its picture, kenmerk and dose. */
export function PlanOverviewPage() {
  const { t } = useTranslation('plan');
  const { plan } = useContent();
  const sourceLabel = useSourceLabel();
  const { value: progress } = useStored(records.planProgress);
  const { value: sessions } = useStored(records.sessions);
  const episodes = useStored(records.episodes);
  // "Mijn rug is weer goed" was chosen: the way back in for returning pain comes first.
  const ended = episodes.loaded && currentEpisode(episodes.value).endedAt !== undefined;
  const today = roundsToday(sessions, new Date(), deviceZone());
  return (
    <Page title={t('overview.title')} lead={t('overview.lead')}>
      {ended && (
        <div className="notice">
          <p>{t('episode.ended')}</p>
          <Link to={paths.diaryEpisode} className="button button-primary">
            {t('episode.again')}
          </Link>
        </div>
      )}
      <ol className="step-list">
        {plan.steps.map((step) => (
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
      {!ended && (
        // At the end, after the steps: found by someone who looks for it, never tapped on the way in.
        <p>
          <Link to={paths.diaryEpisode} className="link-row">
            {t('episode.toEnd')}
          </Link>
        </p>
      )}
    </Page>
  );
}
