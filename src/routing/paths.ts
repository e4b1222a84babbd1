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
  settings: '/instellingen',
} as const;
