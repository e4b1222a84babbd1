import { useTranslation } from 'react-i18next';
import { loadNewVersion } from '../pwa/load-new-version';
import { paths } from '../routing/paths';
import { Link } from '../routing/router';
import { Page } from '../ui/page';

export type PageErrorProps = {
  /** The page's code could not be loaded: a new version of the app replaced it. */
  missingChunk: boolean;
  /** Renders the page again. */
  onRetry: () => void;
};

/** What shows in place of a page that failed: calm, what still works, and what to try. */
export function PageError({ missingChunk, onRetry }: PageErrorProps) {
  const { t } = useTranslation();
  return (
    <Page title={t('pageError.title')} lead={missingChunk ? t('pageError.newVersion') : t('pageError.lead')}>
      <p>{t('pageError.safe')}</p>
      <div className="actions">
        {missingChunk && (
          <button type="button" className="button button-primary" onClick={() => void loadNewVersion()}>
            {t('pageError.loadNewVersion')}
          </button>
        )}
        <button type="button" className={missingChunk ? 'button' : 'button button-primary'} onClick={onRetry}>
          {t('pageError.retry')}
        </button>
      </div>
      <p className="hint">
        {t('pageError.kept')} <Link to={paths.about}>{t('pageError.about')}</Link>
      </p>
    </Page>
  );
}
