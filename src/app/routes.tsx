import { Suspense, type ReactNode } from 'react';
import { loadContentPart } from '../content/content';
import { paths } from '../routing/paths';
import { matchPath } from '../routing/router';
import { lazyComponent } from '../ui/lazy-component';

// Each page is its own chunk: the first visit loads only what it shows, and until a page's code has
// arrived its prerendered HTML is already on screen (React hydrates it then). The service worker
// precaches every chunk, so the split costs nothing offline.
const StartPage = lazyComponent(() => import('../features/start/start-page'), 'StartPage');
// The start page's parts from other features are chunks of their own too: the prerendered HTML shows
// them at once, and React hydrates each when its code arrives, so they do not weigh on the first load.
const ReminderSummary = lazyComponent(() => import('../features/reminder/reminder-summary'), 'ReminderSummary');
const DiaryStart = lazyComponent(() => import('../features/diary/diary-start'), 'DiaryStart');
const PlanOverviewPage = lazyComponent(() => import('../features/plan/plan-overview-page'), 'PlanOverviewPage');
const StepPage = lazyComponent(() => import('../features/plan/step-page'), 'StepPage');
const AandachtspuntenPage = lazyComponent(
  () => import('../features/learn/aandachtspunten-page'),
  'AandachtspuntenPage',
);
const McKenziePage = lazyComponent(() => import('../features/learn/mckenzie-page'), 'McKenziePage');
const ExercisesPage = lazyComponent(() => import('../features/learn/exercises-page'), 'ExercisesPage');
const AlarmPage = lazyComponent(() => import('../features/safety/alarm-page'), 'AlarmPage');
const AboutPage = lazyComponent(() => import('../features/safety/about-page'), 'AboutPage');
const ContactsPage = lazyComponent(() => import('../features/safety/contacts-page'), 'ContactsPage');
const ReminderPage = lazyComponent(() => import('../features/reminder/reminder-page'), 'ReminderPage');
const SettingsPage = lazyComponent(() => import('../features/settings/settings-page'), 'SettingsPage');
const MorePage = lazyComponent(() => import('./more-page'), 'MorePage');
const DiaryPage = lazyComponent(() => import('../features/diary/diary-page'), 'DiaryPage');
const DiaryLogPage = lazyComponent(() => import('../features/diary/log-page'), 'DiaryLogPage');
const DiaryLogAfterPage = lazyComponent(() => import('../features/diary/log-page'), 'DiaryLogAfterPage');
const ReviewPage = lazyComponent(() => import('../features/diary/review-page'), 'ReviewPage');
const DataPage = lazyComponent(() => import('../features/diary/data-page'), 'DataPage');
const PrintPage = lazyComponent(() => import('../features/diary/print-page'), 'PrintPage');
const EpisodePage = lazyComponent(() => import('../features/diary/episode-page'), 'EpisodePage');
const NotFoundPage = lazyComponent(() => import('./not-found-page'), 'NotFoundPage');

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
  { pattern: paths.diaryEpisode, render: () => <EpisodePage /> },
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
