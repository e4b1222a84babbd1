import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { Page } from '../../ui/page';
import { SectionCard } from '../../ui/section-card';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';

/**
 * The leaflet's aandachtspunten (both possibilities), the rules during exercises and "En verder",
 * then what a physiotherapist adds (each with its guideline) and the advice for after recovery.
 */
export function AandachtspuntenPage() {
  const { t } = useTranslation('learn');
  const { warnings, advice, plan } = useContent();
  const sourceLabel = useSourceLabel();
  const { aandachtspunten } = warnings;
  return (
    <Page title={t('aandachtspunten.title')}>
      <section className="card" id={aandachtspunten.id} aria-labelledby={`${aandachtspunten.id}-title`}>
        <h2 id={`${aandachtspunten.id}-title`}>{aandachtspunten.title}</h2>
        <TextBlocks paragraphs={aandachtspunten.paragraphs} />
        <ol className="possibilities">
          {aandachtspunten.possibilities.map((possibility, index) => {
            const step = plan.steps.find((s) => s.id === possibility.step);
            return (
              <li key={possibility.id} id={possibility.id}>
                <h3>
                  <span className="eyebrow">{t('aandachtspunten.possibility', { number: index + 1 })}</span>{' '}
                  {possibility.title}
                </h3>
                <TextBlocks paragraphs={possibility.paragraphs} items={possibility.items} after={possibility.after} />
                {step && (
                  <Link to={paths.step(step.id)} className="button">
                    {t('aandachtspunten.toStep', { title: step.title })}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
        <SourceNote label={sourceLabel(aandachtspunten.source)} />
      </section>
      <section className="card" aria-labelledby="stop-rules-title">
        <h2 id="stop-rules-title">{t('aandachtspunten.rulesTitle')}</h2>
        {warnings.stopRules.map((rule) => (
          <div key={rule.id} id={rule.id} className="rule">
            <h3>{rule.title}</h3>
            <TextBlocks paragraphs={rule.paragraphs} items={rule.items} after={rule.after} />
            <SourceNote label={sourceLabel(rule.source)} />
          </div>
        ))}
      </section>
      <SectionCard {...advice.enVerder} sourceLabel={sourceLabel(advice.enVerder.source)} />
      <section className="card" aria-labelledby="self-care-title">
        <h2 id="self-care-title">{t('aandachtspunten.selfCareTitle')}</h2>
        {advice.selfCare.map((part) => (
          <div key={part.id} id={part.id} className="rule">
            <h3>{part.title}</h3>
            <TextBlocks paragraphs={part.paragraphs} items={part.items} after={part.after} />
            <SourceNote label={sourceLabel(part.source)} />
          </div>
        ))}
      </section>
      <SectionCard {...advice.afterRecovery} sourceLabel={sourceLabel(advice.afterRecovery.source)} />
    </Page>
  );
}
