import { useTranslation } from 'react-i18next';
import { useContent } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { Page } from '../../ui/page';
import { AlarmList } from './alarm-list';
import { useContacts, type SavedContacts } from './use-contacts';

/**
 * The alarm symptoms, grouped by urgency, each group with what to do. A fixed list shown to
 * everyone: it informs and never scores answers (clinical-facts.md, "the line the app does not cross").
 * Reached from every screen, also in the middle of an exercise: then it leads straight back to it.
 */
export function AlarmPage() {
  const { warnings } = useContent();
  const { saved } = useContacts();
  return (
    <Page title={warnings.alarm.title}>
      <ExerciseReturn />
      <AlarmList contacts={saved} />
      <SavedNumbers saved={saved} />
    </Page>
  );
}

/**
 * "Terug naar uw oefening" while an exercise runs. The exercise is saved with its start time, so the
 * step page picks it up with the right time left; nothing is paused or lost by looking here.
 */
function ExerciseReturn() {
  const { t } = useTranslation('safety');
  const { plan } = useContent();
  const active = useStored(records.activeExercise);
  const step = active.value ? plan.steps.find((s) => s.id === active.value?.stepId) : undefined;
  // Shown only once the saved state is read: the first render is the same everywhere (prerendering).
  if (!active.loaded || !step) return null;
  return (
    <div className="notice exercise-return">
      <p>{t('alarm.exercise.running', { label: step.label, title: step.title })}</p>
      {/* Not the primary colour: on this page the call buttons come first. */}
      <Link to={paths.step(step.id)} className="button">
        {t('alarm.exercise.back')}
      </Link>
    </div>
  );
}

type SavedNumbersProps = { saved: SavedContacts };

/** The user's own numbers, readable and callable, with the way to save or change them. */
function SavedNumbers({ saved }: SavedNumbersProps) {
  const { t } = useTranslation('safety');
  const entries = (['huisarts', 'huisartsenpost'] as const).flatMap((who) => {
    const number = saved[who];
    return number ? [{ who, number }] : [];
  });
  return (
    <section className="card" aria-labelledby="saved-numbers-title">
      <h2 id="saved-numbers-title">{t('alarm.contacts.title')}</h2>
      {entries.length === 0 ? (
        <p>{t('alarm.contacts.none')}</p>
      ) : (
        <dl className="saved-numbers">
          {entries.map(({ who, number }) => (
            <div key={who}>
              <dt>{t(`alarm.contacts.${who}`)}</dt>
              <dd>{number.number ? <a href={number.number.href}>{number.number.display}</a> : number.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <Link to={paths.contacts} className="button">
          {entries.length === 0 ? t('alarm.contacts.add') : t('alarm.contacts.edit')}
        </Link>
      </p>
    </section>
  );
}
