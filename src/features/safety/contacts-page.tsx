import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HydratedForm } from '../../ui/hydrated-form';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import type { Contacts } from '../../storage/records';
import { Page } from '../../ui/page';
import { parseDutchPhoneNumber, type PhoneError } from './phone-number';
import { useContacts, type SavedContacts } from './use-contacts';
import './safety.css';

type Who = keyof Contacts;
const FIELDS: readonly Who[] = ['huisarts', 'huisartsenpost'];
/** A reason shown under a field: the parser's, or "a short number is not someone's GP". */
type FieldError = Exclude<PhoneError, 'empty'> | 'short';
type Draft = Record<Who, string>;

/** What the fields show before the user types: the saved numbers, readable. */
function draftFrom(saved: SavedContacts): Draft {
  const shown = (who: Who) => saved[who]?.number?.display ?? saved[who]?.text ?? '';
  return { huisarts: shown('huisarts'), huisartsenpost: shown('huisartsenpost') };
}

/** Checks one field: empty means "no number" (deletes it); anything else must be a Dutch number. */
function check(text: string): { ok: true; e164?: string } | { ok: false; error: FieldError } {
  if (text.trim() === '') return { ok: true };
  const parsed = parseDutchPhoneNumber(text);
  if (!parsed.ok) return { ok: false, error: parsed.error === 'empty' ? 'too-short' : parsed.error };
  if (parsed.number.kind === 'short') return { ok: false, error: 'short' };
  return { ok: true, e164: parsed.number.e164 };
}

/** Every field checked: why each refused one was refused, and the numbers to save if none was. */
function checkFields(values: Draft): { errors: Partial<Record<Who, FieldError>>; numbers: Contacts } {
  const errors: Partial<Record<Who, FieldError>> = {};
  const numbers: Contacts = {};
  for (const who of FIELDS) {
    const result = check(values[who]);
    if (!result.ok) errors[who] = result.error;
    else if (result.e164) numbers[who] = result.e164;
  }
  return { errors, numbers };
}

/** The numbers of the user's huisarts and huisartsenpost, kept on the phone, checked before saving. */
export function ContactsPage() {
  const { t } = useTranslation('safety');
  const contacts = useContacts();
  // What the user typed; null until they type, so the fields show the saved numbers once loaded.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Who, FieldError>>>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'not-saved'>('idle');
  const inputs = useRef<Partial<Record<Who, HTMLInputElement | null>>>({});
  const id = useId();
  const values = draft ?? draftFrom(contacts.saved);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { errors: found, numbers } = checkFields(values);
    setErrors(found);
    const firstWrong = FIELDS.find((who) => found[who]);
    if (firstWrong) {
      // Nothing is saved and nothing typed is cleared: the user corrects the number in place.
      setStatus('not-saved');
      inputs.current[firstWrong]?.focus();
      return;
    }
    await contacts.setValue(numbers);
    setDraft(null);
    setStatus('saved');
  };

  return (
    <Page title={t('contacts.title')} lead={t('contacts.lead')}>
      <HydratedForm className="contacts-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {FIELDS.map((who) => (
          <NumberField
            key={who}
            who={who}
            idBase={id}
            value={values[who]}
            error={errors[who]}
            inputRef={(element) => {
              inputs.current[who] = element;
            }}
            onChange={(text) => {
              setDraft({ ...values, [who]: text });
              setStatus('idle');
            }}
          />
        ))}
        <p className="hint">{t('contacts.clearHint')}</p>
        <div className="actions">
          <button type="submit" className="button button-primary button-large" disabled={!contacts.loaded}>
            {t('contacts.save')}
          </button>
        </div>
        <p role="status" className={status === 'not-saved' ? 'field-error' : undefined}>
          {status === 'saved' ? t('contacts.saved') : status === 'not-saved' ? t('contacts.notSaved') : ''}
        </p>
      </HydratedForm>
      <p>
        <Link to={paths.alarm} className="button">
          {t('contacts.toAlarm')}
        </Link>
      </p>
    </Page>
  );
}

type NumberFieldProps = {
  who: Who;
  /** The page's own id prefix, so the label, hint and error ids are unique. */
  idBase: string;
  value: string;
  error: FieldError | undefined;
  inputRef: (element: HTMLInputElement | null) => void;
  onChange: (text: string) => void;
};

/** One phone number: label, hint, the field, and the reason under it when it was refused. */
function NumberField({ who, idBase, value, error, inputRef, onChange }: NumberFieldProps) {
  const { t } = useTranslation('safety');
  const inputId = `${idBase}-${who}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{t(`contacts.${who}`)}</label>
      <p className="hint" id={hintId}>
        {who === 'huisartsenpost' ? `${t('contacts.hint')} ${t('contacts.huisartsenpostHint')}` : t('contacts.hint')}
      </p>
      <input
        id={inputId}
        ref={inputRef}
        type="tel"
        inputMode="tel"
        // Not "tel": the browser would offer the user's own number for their GP's.
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p className="field-error" id={errorId}>
          {t(`contacts.errors.${error}`)}
        </p>
      )}
    </div>
  );
}
