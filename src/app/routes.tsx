import { lazy, type ReactNode } from 'react';
import { loadContentPart } from '../content/content';
import { StartPage } from '../features/start/start-page';
import { paths } from '../routing/paths';
import { matchPath } from '../routing/router';

// Each page but the start page is its own chunk: the first visit loads only what it shows.
// The service worker precaches every chunk, so the split costs nothing offline.
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
const MorePage = lazy(() => import('./more-page').then((m) => ({ default: m.MorePage })));
const NotFoundPage = lazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage })));

export type Route = {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
  /** A pattern with parameters: every address of it to prerender at build time (issue 9). */
  prerender?: () => Promise<string[]>;
};

/** The route table: pattern → page. The first match wins. */
export const routes: Route[] = [
  { pattern: paths.start, render: () => <StartPage /> },
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
];

/** The page for a pathname; the not-found page for anything else. */
export function renderRoute(pathname: string) {
  for (const route of routes) {
    const params = matchPath(route.pattern, pathname);
    if (params) return route.render(params);
  }
  return <NotFoundPage />;
}
