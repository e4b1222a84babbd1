import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HydratedForm } from '../../ui/hydrated-form';
import { currentEpisode, NOTE_MAX_LENGTH, records, type DiaryEntry } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { LocationChoice } from './location-choice';
import { PainScale } from './pain-scale';
import { newEntryId } from './use-diary-format';

export type LogFormProps = {
  moment: DiaryEntry['moment'];
  sessionId?: string | undefined;
  onSaved: (entry: DiaryEntry) => void;
};

/** Where the latest value reached. */
function lastLocation(entries: readonly DiaryEntry[]): DiaryEntry['location'] | undefined {
  return entries.reduce<DiaryEntry | undefined>(
    (latest, e) => (!latest || Date.parse(e.at) > Date.parse(latest.at) ? e : latest),
    undefined,
  )?.location;
}

type Answers = Pick<DiaryEntry, 'pain' | 'location' | 'moment'> & { sessionId?: string | undefined; note: string };

/** The entry for what the form holds, logged now in episode `episode`; the note trimmed, left out when empty. */
function newEntry({ pain, location, moment, sessionId, note }: Answers, episode: number): DiaryEntry {
  const trimmed = note.trim().slice(0, NOTE_MAX_LENGTH);
  return {
    id: newEntryId(),
    at: new Date().toISOString(),
    pain,
    location,
    moment,
    ...(sessionId ? { sessionId } : {}),
    ...(trimmed ? { note: trimmed } : {}),
    episode,
  };
}

/** Pain now, where it reaches, an optional note: saved at once with one button. */
export function LogForm({ moment, sessionId, onSaved }: LogFormProps) {
  const { t } = useTranslation('diary');
  const diary = useStored(records.diary);
  const episodes = useStored(records.episodes);
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [chosenLocation, setLocation] = useState<DiaryEntry['location'] | undefined>(undefined);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const noteId = useId();
  // The place last logged is chosen already: it rarely changes within hours, so it saves a tap.
  const location = chosenLocation ?? lastLocation(diary.value);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (pain === undefined) return setProblem(t('log.needPain'));
    if (!location) return setProblem(t('log.needLocation'));
    setProblem(null);
    const entry = newEntry({ pain, location, moment, sessionId, note }, currentEpisode(episodes.value).number);
    await diary.setValue((list) => [...list, entry]);
    onSaved(entry);
  };

  return (
    <HydratedForm
      className="log-form"
      ready={diary.loaded && episodes.loaded}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <PainScale value={pain} onChange={setPain} />
      <LocationChoice value={location} onChange={setLocation} />
      <label htmlFor={noteId} className="diary-legend">
        {t('log.note')}
      </label>
      <textarea
        id={noteId}
        className="diary-note"
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button-primary button-large">
        {t('log.save')}
      </button>
    </HydratedForm>
  );
}
