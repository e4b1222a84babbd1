import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { records, type DiaryEntry } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { SectionCard } from '../../ui/section-card';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';
import { firstAndLatest } from './first-and-latest';
import { useDiaryFormat } from './use-diary-format';

export type ReviewPanelProps = {
  /** "Gaat goed: doorgaan"; absent on the review's own page, where nothing needs putting away. */
  onCarryOn?: () => void;
  /** h2 on a page or the start page. */
  headingId?: string;
  /** The panel's heading; on the review's own page, where "Twee dagen verder" is the page title already. */
  title?: string;
};

/**
 * The leaflet's aandachtspunten with the user's own first and latest values beside them, the two
 * possibilities, "En verder", and "gaat goed: doorgaan". It shows values and quotes; it decides nothing.
 */
export function ReviewPanel({ onCarryOn, headingId = 'review-title', title }: ReviewPanelProps) {
  const { t } = useTranslation('diary');
  const { warnings, advice, plan } = useContent();
  const sourceLabel = useSourceLabel();
  const diary = useStored(records.diary);
  const { aandachtspunten } = warnings;
  return (
    <section className="card review" aria-labelledby={headingId} data-testid="two-day-review">
      <h2 id={headingId}>{title ?? t('review.title')}</h2>
      <p>{t('review.lead')}</p>
      <h3>{t('review.yourValues')}</h3>
      {diary.loaded && <ReviewValues entries={diary.value} />}
      <div className="folder-quote">
        <h3>{aandachtspunten.title}</h3>
        <TextBlocks paragraphs={aandachtspunten.paragraphs} />
        <ol className="possibilities">
          {aandachtspunten.possibilities.map((possibility) => {
            const step = plan.steps.find((s) => s.id === possibility.step);
            return (
              <li key={possibility.id}>
                <h4>{possibility.title}</h4>
                <TextBlocks paragraphs={possibility.paragraphs} items={possibility.items} after={possibility.after} />
                {step && (
                  <Link to={paths.step(step.id)} className="button">
                    {t('review.adaptedStep', { title: step.title })}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
        <SourceNote label={sourceLabel(aandachtspunten.source)} />
      </div>
      <SectionCard {...advice.enVerder} level={3} sourceLabel={sourceLabel(advice.enVerder.source)} />
      {onCarryOn && (
        <>
          <button type="button" className="button button-primary button-large" onClick={onCarryOn}>
            {t('review.goingWell')}
          </button>
          <p className="hint">{t('review.goingWellNote')}</p>
        </>
      )}
    </section>
  );
}

/** The user's first and latest values, with when they were logged. */
function ReviewValues({ entries }: { entries: readonly DiaryEntry[] }) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const { first, latest } = firstAndLatest(entries);
  if (!first || !latest) return <p>{t('review.noValues')}</p>;
  return (
    <dl className="review-values">
      <div>
        <dt>{t('review.first')}</dt>
        <dd>
          {format.value(first)} <span className="hint">({format.dateTime(first.at)})</span>
        </dd>
      </div>
      <div>
        <dt>{t('review.latest')}</dt>
        <dd>
          {format.value(latest)} <span className="hint">({format.dateTime(latest.at)})</span>
        </dd>
      </div>
    </dl>
  );
}
