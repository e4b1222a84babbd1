import { useTranslation } from 'react-i18next';
import { Link } from '../routing/router';
import { Page } from '../ui/page';
import { LanguageSwitch } from '../features/settings/language-switch';
import { moreItems } from './more-items';

/** The pages behind "Meer" in the bottom navigation: the rest of the leaflet and the app's own page. */
export function MorePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('more.title')} lead={t('more.intro')}>
      <ul className="link-list">
        {moreItems.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="link-row">
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
      <LanguageSwitch />
    </Page>
  );
}
