import { paths } from '../routing/paths';

// Its own module so the bottom navigation (on every page) need not load the Meer page itself.
/** The pages behind "Meer"; the bottom navigation marks its tab on these and on their sub-pages. */
export const moreItems = [
  { to: paths.reminder, key: 'more.reminder' },
  { to: paths.diary, key: 'more.diary' },
  { to: paths.diaryData, key: 'more.diaryData' },
  { to: paths.aandachtspunten, key: 'more.aandachtspunten' },
  { to: paths.mckenzie, key: 'more.mckenzie' },
  { to: paths.exercises, key: 'more.exercises' },
  { to: paths.about, key: 'more.about' },
  { to: paths.contacts, key: 'more.contacts' },
  { to: paths.settings, key: 'more.settings' },
] as const;
