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
  diary: '/dagboek',
  diaryLog: '/dagboek/noteren',
  diaryBefore: (stepId: string) => `/dagboek/voor/${stepId}`,
  diaryAfter: (sessionId: string) => `/dagboek/na/${sessionId}`,
  diaryReview: '/dagboek/twee-dagen',
  diaryData: '/dagboek/gegevens',
  diaryPrint: '/dagboek/overzicht',
} as const;
