import { useTranslation } from 'react-i18next';
import { paths } from '../routing/paths';
import { Link } from '../routing/router';
import { Page } from '../ui/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} lead={t('notFound.body')}>
      <Link to={paths.start} className="button button-primary">
        {t('notFound.home')}
      </Link>
    </Page>
  );
}
