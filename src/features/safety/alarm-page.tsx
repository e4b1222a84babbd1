import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { Page } from '../../ui/page';
import { SectionCard } from '../../ui/section-card';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';

/**
 * The alarm symptoms, grouped by urgency, each group with what to do. A fixed list shown to
 * everyone: it informs and never scores answers (clinical-facts.md, "the line the app does not cross").
 */
export function AlarmPage() {
  const { t } = useTranslation('safety');
  const { warnings } = useContent();
  const sourceLabel = useSourceLabel();
  const { alarm } = warnings;
  return (
    <Page title={alarm.title}>
      <TextBlocks paragraphs={alarm.paragraphs} />
      {alarm.groups.map((group) => (
        <section
          key={group.id}
          id={group.id}
          className={`card alarm-group alarm-${group.urgency}`}
          aria-labelledby={`${group.id}-title`}
        >
          <p className="eyebrow">{t(`alarm.urgency.${group.urgency}`)}</p>
          <h2 id={`${group.id}-title`}>{group.title}</h2>
          <p className="alarm-action">{group.action}</p>
          {group.urgency === 'emergency' && (
            <a href="tel:112" className="button button-danger">
              {t('alarm.call112')}
            </a>
          )}
          <ul className="text-list symptom-list">
            {group.symptoms.map((symptom) => (
              <li key={symptom.id} id={symptom.id}>
                {symptom.text} <span className="source-inline">({sourceLabel(symptom.source)})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <SectionCard {...alarm.note} sourceLabel={sourceLabel(alarm.note.source)} />
      <SourceNote label={sourceLabel(alarm.source)} />
    </Page>
  );
}
