import { useTranslation } from 'react-i18next';
import type { Warnings } from '../../content/schema';
import { useContent, useSourceLabel } from '../../content/use-content';
import { SectionCard } from '../../ui/section-card';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';
import type { SavedContacts, SavedNumber } from './use-contacts';
import './safety.css';

type Urgency = Warnings['alarm']['groups'][number]['urgency'];

/** Who to call per urgency, beside 112: the content's action names the huisarts and the post. */
const callsFor: Record<Urgency, readonly (keyof SavedContacts)[]> = {
  emergency: ['huisartsenpost'],
  today: ['huisarts', 'huisartsenpost'],
  days: ['huisarts'],
};

export type AlarmListProps = {
  /** The user's saved numbers; a call link appears for each one that is saved and valid. */
  contacts: SavedContacts;
};

/**
 * The alarm symptoms by urgency, each group with what to do and the numbers to call, then the
 * niet-pluisgevoel note. One fixed list for everyone, shared by the alarm page and the first-start
 * screen so the two can never drift apart.
 */
export function AlarmList({ contacts }: AlarmListProps) {
  const { t } = useTranslation('safety');
  const { warnings } = useContent();
  const sourceLabel = useSourceLabel();
  const { alarm } = warnings;
  return (
    <>
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
          <div className="call-links">
            {group.urgency === 'emergency' && (
              <a href="tel:112" className="button button-danger">
                {t('alarm.call112')}
              </a>
            )}
            {callsFor[group.urgency].map((who) => (
              <CallLink
                key={who}
                saved={contacts[who]}
                label={who === 'huisarts' ? t('alarm.callHuisarts') : t('alarm.callHuisartsenpost')}
              />
            ))}
          </div>
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
    </>
  );
}

type CallLinkProps = { saved: SavedNumber | undefined; label: string };

/** "Bel uw huisarts 020 123 4567" as one big tap target, only for a saved, valid number. */
function CallLink({ saved, label }: CallLinkProps) {
  if (!saved?.number) return null;
  return (
    <a href={saved.number.href} className="button call-link">
      <span>{label}</span> <span className="call-number">{saved.number.display}</span>
    </a>
  );
}
