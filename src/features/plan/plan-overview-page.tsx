import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { sequenceSteps, showsKenmerk, variantSteps } from '../../content/plan-steps';
import type { PlanStep } from '../../content/schema';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { Page } from '../../ui/page';
import { SectionCard } from '../../ui/section-card';
import { SourceNote } from '../../ui/source-note';
import { currentEpisode, records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { repetitionsFor, roundsToday } from './plan-session';
import { deviceZone } from '../../schedule/clock-time';
import { PosturePicture } from '../../ui/posture-picture';

/**
 * The five steps of the stappenplan in order, each with its picture, kenmerk and dose; then the
 * adapted press-up as what it is, a variant beside step 4; then what to expect of the recovery.
 */
export function PlanOverviewPage() {
  const { t } = useTranslation('plan');
  const { plan, about } = useContent();
  const sourceLabel = useSourceLabel();
  const { value: progress, loaded } = useStored(records.planProgress);
  const today = useRoundsToday();
  const currentRef = useScrollIntoViewOnce<HTMLLIElement>(loaded);
  const refIfCurrent = (step: PlanStep) => (step.id === progress.currentStepId ? currentRef : undefined);
  const link = (step: PlanStep) => (
    <StepLink
      step={step}
      current={step.id === progress.currentStepId}
      rounds={today.get(step.id) ?? { full: 0, short: 0 }}
    />
  );
  const episodes = useStored(records.episodes);
  // "Mijn rug is weer goed" was chosen: the way back in for returning pain comes first.
  const ended = episodes.loaded && currentEpisode(episodes.value).endedAt !== undefined;
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
        {sequenceSteps(plan).map((step) => (
          <li key={step.id} ref={refIfCurrent(step)}>
            {link(step)}
          </li>
        ))}
      </ol>
      <section className="plan-variants" aria-labelledby="plan-variant-title">
        <h2 id="plan-variant-title">{t('overview.variantTitle')}</h2>
        <p>{t('overview.variantLead')}</p>
        <ul className="step-list">
          {variantSteps(plan).map((step) => (
            <li key={step.id} ref={refIfCurrent(step)}>
              {link(step)}
            </li>
          ))}
        </ul>
      </section>
      <SourceNote label={sourceLabel(plan.source)} />
      <SectionCard {...about.course} sourceLabel={sourceLabel(about.course.source)} />
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

/** Each step's full and shorter rounds of today, as recorded in the sessions. */
function useRoundsToday() {
  const { plan } = useContent();
  const { value: sessions } = useStored(records.sessions);
  return roundsToday(sessions, new Date(), deviceZone(), (stepId) => {
    const step = plan.steps.find((s) => s.id === stepId);
    return step ? repetitionsFor(step) : 10;
  });
}

/**
 * Once the saved step is known, bring it on screen (step 3 or 4 sits below the fold on a phone);
 * once only, so a later change never moves the list under the user's thumb, and not at all when the
 * user got somewhere first (scrolled, or tabbed to a link): the read can answer after that, and the
 * page must not jump away from what they are looking at or leave their focus below the fold.
 * 'nearest' keeps a step that is already visible where it is.
 */
function useScrollIntoViewOnce<E extends HTMLElement>(loaded: boolean) {
  const ref = useRef<E>(null);
  const scrolled = useRef(false);
  useEffect(() => {
    if (!loaded || scrolled.current) return;
    scrolled.current = true;
    const step = ref.current;
    if (step && !userMovedOnPage(step)) step.scrollIntoView({ block: 'nearest' });
  }, [loaded]);
  return ref;
}

/** True when the page around `element` was scrolled, or a control in it has the focus. */
function userMovedOnPage(element: HTMLElement): boolean {
  const scroller = element.closest('main');
  const focus = element.ownerDocument.activeElement;
  const focusOnControl = focus !== null && focus !== element.ownerDocument.body && focus.tagName !== 'H1';
  return (scroller !== null && scroller.scrollTop > 0) || focusOnControl;
}

type StepLinkProps = { step: PlanStep; current: boolean; rounds: { full: number; short: number } };

function StepLink({ step, current, rounds }: StepLinkProps) {
  const { t } = useTranslation('plan');
  return (
    <Link
      to={paths.step(step.id)}
      className={current ? 'step-link step-current' : 'step-link'}
      aria-current={current ? 'step' : undefined}
    >
      <PosturePicture id={step.picture} className="step-link-picture" />
      <span className="step-link-text">
        <span className="step-label">{step.label}</span>
        <span className="step-title">{step.title}</span>
        {showsKenmerk(step) && <span className="step-kenmerk">{step.kenmerk}</span>}
        <span className="step-dose">{t('overview.dose', { dose: step.dose.summary })}</span>
        {current && <span className="step-here">{t('overviewProgress.current')}</span>}
        {rounds.full > 0 && (
          <span className="step-today">{t('overviewProgress.doneToday', { count: rounds.full })}</span>
        )}
        {/* A round stopped early is counted apart, never as a full one. */}
        {rounds.short > 0 && (
          <span className="step-today">{t('overviewProgress.shortToday', { count: rounds.short })}</span>
        )}
        {rounds.full + rounds.short === 0 && <span className="step-today">{t('overviewProgress.notToday')}</span>}
      </span>
    </Link>
  );
}
