import { useTranslation } from 'react-i18next';
import { stepName } from '../../content/plan-steps';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { PosturePicture } from '../../ui/posture-picture';
import { Page } from '../../ui/page';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';

/** The leaflet's seven McKenzie exercises, shown as an overview: the self-help plan is the stappenplan. */
export function ExercisesPage() {
  const { t } = useTranslation('learn');
  const { exercises, plan } = useContent();
  const sourceLabel = useSourceLabel();
  return (
    <Page title={t('exercises.title')}>
      <div className="notice notice-strong" role="note">
        <p>{t('exercises.overviewNote')}</p>
        <Link to={paths.plan} className="button button-primary">
          {t('exercises.toPlan')}
        </Link>
      </div>
      <section className="card" id={exercises.id} aria-labelledby={`${exercises.id}-title`}>
        <h2 id={`${exercises.id}-title`}>{exercises.title}</h2>
        <TextBlocks paragraphs={exercises.paragraphs} />
        <SourceNote label={sourceLabel(exercises.source)} />
      </section>
      <h2 className="list-title">{exercises.listTitle}</h2>
      <ol className="exercise-list">
        {exercises.exercises.map((exercise) => {
          const step = plan.steps.find((s) => s.id === exercise.step);
          return (
            <li key={exercise.id} id={exercise.id} className="card">
              <h3>{t('exercises.number', { number: exercise.number })}</h3>
              <PosturePicture id={exercise.picture} className="exercise-picture" />
              <TextBlocks paragraphs={exercise.lines} />
              <p className="eyebrow">{t(`exercises.direction.${exercise.direction}`)}</p>
              {/* Bending forward rounds the back, which the plan avoids: done only with a physiotherapist's agreement. */}
              {exercise.direction === 'flexion' && (
                <div className="notice flexion-note" role="note" aria-labelledby={`${exercise.id}-note`}>
                  <p id={`${exercise.id}-note`} className="flexion-note-title">
                    {exercises.flexionNote.title}
                  </p>
                  <TextBlocks paragraphs={exercises.flexionNote.paragraphs} />
                  <SourceNote label={sourceLabel(exercises.flexionNote.source)} />
                </div>
              )}
              {step && <Link to={paths.step(step.id)}>{t('exercises.inPlan', { label: stepName(step) })}</Link>}
            </li>
          );
        })}
      </ol>
    </Page>
  );
}
