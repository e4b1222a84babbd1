import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { Page } from '../../ui/page';
import { SectionCard } from '../../ui/section-card';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';

/** "Over McKenzie": the concept, patroonherkenning, centralisation and the three syndromes, explained, never assigned. */
export function McKenziePage() {
  const { t } = useTranslation('learn');
  const { advice, syndromes, about } = useContent();
  const sourceLabel = useSourceLabel();
  const { plainWords, concept, patroonherkenning, centralisatie } = advice.mckenzie;
  return (
    <Page title={t('mckenzie.title')}>
      {[plainWords, concept, patroonherkenning, centralisatie, about.centralisationFacts].map((section) => (
        <SectionCard key={section.id} {...section} sourceLabel={sourceLabel(section.source)} />
      ))}
      <section className="card" id={syndromes.id} aria-labelledby={`${syndromes.id}-title`}>
        <h2 id={`${syndromes.id}-title`}>{syndromes.title}</h2>
        <div className="plain-words" id={syndromes.plainWords.id}>
          <h3>{syndromes.plainWords.title}</h3>
          <TextBlocks paragraphs={syndromes.plainWords.paragraphs} />
          <SourceNote label={sourceLabel(syndromes.plainWords.source)} />
        </div>
        <p className="notice">{t('mckenzie.syndromeNote')}</p>
        <TextBlocks items={syndromes.items} />
        {syndromes.syndromes.map((syndrome) => (
          <div key={syndrome.id} id={syndrome.id} className="syndrome">
            <h3>
              {syndrome.number}. {syndrome.name}
            </h3>
            <TextBlocks paragraphs={syndrome.paragraphs} />
            <h4>{t('mckenzie.kenmerken')}</h4>
            <TextBlocks items={syndrome.kenmerken} />
            <h4>{t('mckenzie.therapie')}</h4>
            <TextBlocks items={syndrome.therapie} after={syndrome.after} />
          </div>
        ))}
        <SourceNote label={sourceLabel(syndromes.source)} />
      </section>
    </Page>
  );
}
