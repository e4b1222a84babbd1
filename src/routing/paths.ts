/** Every address in the app, in one place: links and routes are built from here only. */
export const paths = {
  start: '/',
  plan: '/stappenplan',
  step: (stepId: string) => `/stappenplan/${stepId}`,
  aandachtspunten: '/aandachtspunten',
  mckenzie: '/over-mckenzie',
  exercises: '/mckenzie-oefeningen',
  alarm: '/alarmsignalen',
  about: '/over-deze-app',
  more: '/meer',
  contacts: '/telefoonnummers',
  reminder: '/herinnering',
  diary: '/dagboek',
  diaryLog: '/dagboek/noteren',
  diaryBefore: (stepId: string) => `/dagboek/voor/${stepId}`,
  // After a round: one prerendered page; the round's id rides in the query, as ids are only known on the phone.
  diaryAfterPage: '/dagboek/na',
  diaryAfter: (sessionId: string) => `/dagboek/na?ronde=${encodeURIComponent(sessionId)}`,
  diaryReview: '/dagboek/twee-dagen',
  diaryData: '/dagboek/gegevens',
  diaryPrint: '/dagboek/overzicht',
  // "Mijn rug is weer goed" and "Weer rugpijn": the end and the start of an episode.
  diaryEpisode: '/dagboek/mijn-rug',
  settings: '/instellingen',
} as const;
