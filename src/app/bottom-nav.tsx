import { useTranslation } from 'react-i18next';
import { paths } from '../routing/paths';
import { Link } from '../routing/router';
import { moreItems } from './more-items';

const tabs = [
  { to: paths.start, key: 'nav.start', matches: (p: string) => p === paths.start },
  { to: paths.plan, key: 'nav.plan', matches: (p: string) => p.startsWith(paths.plan) },
  { to: paths.alarm, key: 'nav.alarm', matches: (p: string) => p === paths.alarm },
  {
    to: paths.more,
    key: 'nav.more',
    matches: (p: string) => p === paths.more || moreItems.some((item) => p === item.to || p.startsWith(`${item.to}/`)),
  },
] as const;

export type BottomNavProps = { pathname: string };

/** Four large tabs at the bottom, where a thumb reaches while the phone is held in one hand. */
export function BottomNav({ pathname }: BottomNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              className={tab.to === paths.alarm ? 'tab tab-alarm' : 'tab'}
              aria-current={tab.matches(pathname) ? 'page' : undefined}
            >
              {t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
