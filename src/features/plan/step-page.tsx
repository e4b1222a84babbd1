import { useTranslation } from 'react-i18next';
import { nextStepOf, previousStepOf, showsKenmerk, stepName } from '../../content/plan-steps';
import type { PlanStep } from '../../content/schema';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { Page } from '../../ui/page';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';
import { ExercisePlayer } from './exercise-player';

export type StepPageProps = { stepId: string };

/** One step of the stappenplan: picture, kenmerk, dose, the leaflet's instructions and the way back. */
export function StepPage({ stepId }: StepPageProps) {
  const { t } = useTranslation('plan');
  const { plan } = useContent();
  const sourceLabel = useSourceLabel();
  const step = plan.steps.find((s) => s.id === stepId);
  if (!step) {
    return (
      <Page title={t('overview.title')} lead={t('step.notFound')}>
        <Link to={paths.plan} className="button button-primary">
          {t('step.overview')}
        </Link>
      </Page>
    );
  }
  const backTo = plan.steps.find((s) => s.id === step.backTo);

  return (
    <Page title={stepName(step)}>
      <ExercisePlayer key={step.id} step={step} />
      <StepFacts step={step} />
      <section className="card" aria-labelledby="instructions-title">
        <h2 id="instructions-title">{t('step.instructions')}</h2>
        <TextBlocks paragraphs={step.instructions} />
        <SourceNote label={sourceLabel(step.source)} />
      </section>
      {step.notes?.map((note) => (
        <section key={note.id} id={note.id} className="card step-note" aria-labelledby={`${note.id}-title`}>
          <h2 id={`${note.id}-title`}>{note.title}</h2>
          <TextBlocks paragraphs={note.paragraphs} items={note.items} after={note.after} />
          <SourceNote label={sourceLabel(note.source)} />
        </section>
      ))}
      {backTo && (
        <p className="notice">
          <Link to={paths.step(backTo.id)}>{t('step.backTo', { label: backTo.label, title: backTo.title })}</Link>
        </p>
      )}
      <StepPager step={step} />
    </Page>
  );
}

/** The step's kenmerk (where the leaflet names one) and its dose. */
function StepFacts({ step }: { step: PlanStep }) {
  const { t } = useTranslation('plan');
  return (
    <dl className="facts">
      {showsKenmerk(step) && (
        <div>
          <dt>{t('step.kenmerk')}</dt>
          <dd>{step.kenmerk}</dd>
        </div>
      )}
      <div>
        <dt>{t('step.dose')}</dt>
        <dd>{step.dose.summary}</dd>
      </div>
    </dl>
  );
}

/** The pager walks the five steps; the variant stands beside step 4 and links back to it instead. */
function StepPager({ step }: { step: PlanStep }) {
  const { t } = useTranslation('plan');
  const { plan } = useContent();
  const previous = previousStepOf(plan, step.id);
  const next = nextStepOf(plan, step.id);
  const variantOf = plan.steps.find((s) => s.id === step.variantOf);
  return (
    <nav className="pager" aria-label={t('step.overview')}>
      {previous && (
        <Link to={paths.step(previous.id)} className="button">
          {t('step.previous', { label: previous.label })}
        </Link>
      )}
      {variantOf && (
        <Link to={paths.step(variantOf.id)} className="button">
          {t('step.variantOf', { label: variantOf.label })}
        </Link>
      )}
      <Link to={paths.plan} className="button">
        {t('step.overview')}
      </Link>
      {next && (
        <Link to={paths.step(next.id)} className="button">
          {t('step.next', { label: next.label })}
        </Link>
      )}
    </nav>
  );
}
