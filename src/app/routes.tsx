import { lazy, Suspense, type ReactNode } from 'react';
import { loadContentPart } from '../content/content';
import { paths } from '../routing/paths';
import { matchPath } from '../routing/router';

// Each page is its own chunk: the first visit loads only what it shows, and until a page's code has
// arrived its prerendered HTML is already on screen (React hydrates it then). The service worker
// precaches every chunk, so the split costs nothing offline.
const StartPage = lazy(() => import('../features/start/start-page').then((m) => ({ default: m.StartPage })));
// The start page's parts from other features are chunks of their own too: the prerendered HTML shows
// them at once, and React hydrates each when its code arrives, so they do not weigh on the first load.
const ReminderSummary = lazy(() =>
  import('../features/reminder/reminder-summary').then((m) => ({ default: m.ReminderSummary })),
);
const DiaryStart = lazy(() => import('../features/diary/diary-start').then((m) => ({ default: m.DiaryStart })));
const PlanOverviewPage = lazy(() =>
  import('../features/plan/plan-overview-page').then((m) => ({ default: m.PlanOverviewPage })),
);
const StepPage = lazy(() => import('../features/plan/step-page').then((m) => ({ default: m.StepPage })));
const AandachtspuntenPage = lazy(() =>
  import('../features/learn/aandachtspunten-page').then((m) => ({ default: m.AandachtspuntenPage })),
);
const McKenziePage = lazy(() => import('../features/learn/mckenzie-page').then((m) => ({ default: m.McKenziePage })));
const ExercisesPage = lazy(() =>
  import('../features/learn/exercises-page').then((m) => ({ default: m.ExercisesPage })),
);
const AlarmPage = lazy(() => import('../features/safety/alarm-page').then((m) => ({ default: m.AlarmPage })));
const AboutPage = lazy(() => import('../features/safety/about-page').then((m) => ({ default: m.AboutPage })));
const ContactsPage = lazy(() => import('../features/safety/contacts-page').then((m) => ({ default: m.ContactsPage })));
const ReminderPage = lazy(() =>
  import('../features/reminder/reminder-page').then((m) => ({ default: m.ReminderPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const MorePage = lazy(() => import('./more-page').then((m) => ({ default: m.MorePage })));
const DiaryPage = lazy(() => import('../features/diary/diary-page').then((m) => ({ default: m.DiaryPage })));
const DiaryLogPage = lazy(() => import('../features/diary/log-page').then((m) => ({ default: m.DiaryLogPage })));
const DiaryLogAfterPage = lazy(() =>
  import('../features/diary/log-page').then((m) => ({ default: m.DiaryLogAfterPage })),
);
const ReviewPage = lazy(() => import('../features/diary/review-page').then((m) => ({ default: m.ReviewPage })));
const DataPage = lazy(() => import('../features/diary/data-page').then((m) => ({ default: m.DataPage })));
const PrintPage = lazy(() => import('../features/diary/print-page').then((m) => ({ default: m.PrintPage })));
const NotFoundPage = lazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage })));

export type Route = {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
  /** A pattern with parameters: every address of it to prerender at build time (issue 9). */
  prerender?: () => Promise<string[]>;
};

/** The route table: pattern → page. The first match wins. */
export const routes: Route[] = [
  {
    pattern: paths.start,
    render: () => (
      <StartPage
        reminder={
          <Suspense fallback={null}>
            <ReminderSummary />
          </Suspense>
        }
        diary={
          <Suspense fallback={null}>
            <DiaryStart />
          </Suspense>
        }
      />
    ),
  },
  { pattern: paths.plan, render: () => <PlanOverviewPage /> },
  {
    pattern: paths.step(':stepId'),
    render: ({ stepId = '' }) => <StepPage key={stepId} stepId={stepId} />,
    prerender: async () => (await loadContentPart('nl', 'plan')).steps.map((step) => paths.step(step.id)),
  },
  { pattern: paths.aandachtspunten, render: () => <AandachtspuntenPage /> },
  { pattern: paths.mckenzie, render: () => <McKenziePage /> },
  { pattern: paths.exercises, render: () => <ExercisesPage /> },
  { pattern: paths.alarm, render: () => <AlarmPage /> },
  { pattern: paths.about, render: () => <AboutPage /> },
  { pattern: paths.more, render: () => <MorePage /> },
  { pattern: paths.contacts, render: () => <ContactsPage /> },
  { pattern: paths.reminder, render: () => <ReminderPage /> },
  { pattern: paths.diary, render: () => <DiaryPage /> },
  { pattern: paths.diaryLog, render: () => <DiaryLogPage key="any" moment="any" /> },
  {
    pattern: paths.diaryBefore(':stepId'),
    render: ({ stepId = '' }) => <DiaryLogPage key={`before-${stepId}`} moment="before" stepId={stepId} />,
    prerender: async () => (await loadContentPart('nl', 'plan')).steps.map((step) => paths.diaryBefore(step.id)),
  },
  { pattern: paths.diaryAfterPage, render: () => <DiaryLogAfterPage /> },
  { pattern: paths.diaryReview, render: () => <ReviewPage /> },
  { pattern: paths.diaryData, render: () => <DataPage /> },
  { pattern: paths.diaryPrint, render: () => <PrintPage /> },
  { pattern: paths.settings, render: () => <SettingsPage /> },
];

/** The page for a pathname; the not-found page for anything else. */
export function renderRoute(pathname: string) {
  for (const route of routes) {
    const params = matchPath(route.pattern, pathname);
    if (params) return route.render(params);
  }
  return <NotFoundPage />;
}
