import { useMemo } from 'react';
import { records, type Contacts } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { parseDutchPhoneNumber, type PhoneNumber } from './phone-number';

/** A saved number ready to show and call; `number` is absent for text that is not a valid number. */
export interface SavedNumber {
  text: string;
  number?: PhoneNumber;
}

/** The user's saved numbers, each read back into a call link and a readable form. */
export type SavedContacts = Partial<Record<keyof Contacts, SavedNumber>>;

/** Reads a saved text back; a record from an older build may hold text that is not a valid number. */
export function savedNumber(text: string | undefined): SavedNumber | undefined {
  if (!text?.trim()) return undefined;
  const parsed = parseDutchPhoneNumber(text);
  return parsed.ok ? { text, number: parsed.number } : { text };
}

/** The contacts record with its numbers read back, plus the raw stored value for the form. */
export function useContacts() {
  const stored = useStored(records.contacts);
  const { huisarts, huisartsenpost } = stored.value;
  const saved = useMemo<SavedContacts>(
    () => ({ huisarts: savedNumber(huisarts), huisartsenpost: savedNumber(huisartsenpost) }),
    [huisarts, huisartsenpost],
  );
  return { ...stored, saved };
}
