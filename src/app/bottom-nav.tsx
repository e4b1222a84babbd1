import { useTranslation } from 'react-i18next';
import { paths } from '../routing/paths';
import { Link } from '../routing/router';
import { moreItems } from './more-items';

const tabs = [
  { to: paths.start, key: 'nav.start' },
  { to: paths.plan, key: 'nav.plan' },
  { to: paths.alarm, key: 'nav.alarm' },
  { to: paths.more, key: 'nav.more' },
] as const;

type Tab = (typeof tabs)[number]['to'];

/**
 * The one list of sections: every page belongs to the tab of the section it lives in, whichever way
 * it was reached. A diary page opened from a step ("Noteer uw pijn") is still a diary page, so Meer
 * (where the diary lives) stays marked, and the tab never jumps with the route taken.
 */
const sections: { address: string; tab: Tab }[] = [
  { address: paths.start, tab: paths.start },
  { address: paths.plan, tab: paths.plan },
  { address: paths.alarm, tab: paths.alarm },
  { address: paths.more, tab: paths.more },
  ...moreItems.map((item) => ({ address: item.to, tab: paths.more })),
];

/** The tab of the section `pathname` belongs to: the longest section address it is or lies under. */
export function activeTab(pathname: string): Tab | null {
  const inside = (address: string) =>
    pathname === address || (address !== paths.start && pathname.startsWith(`${address}/`));
  const matches = sections.filter((section) => inside(section.address));
  matches.sort((a, b) => b.address.length - a.address.length);
  return matches[0]?.tab ?? null;
}

export type BottomNavProps = { pathname: string };

/** Four large tabs at the bottom, where a thumb reaches while the phone is held in one hand. */
export function BottomNav({ pathname }: BottomNavProps) {
  const { t } = useTranslation();
  const active = activeTab(pathname);
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              className={tab.to === paths.alarm ? 'tab tab-alarm' : 'tab'}
              aria-current={tab.to === active ? 'page' : undefined}
            >
              {t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
