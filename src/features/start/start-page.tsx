import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { InstallPrompt } from '../../pwa/install-prompt';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { Page } from '../../ui/page';
import { SectionCard } from '../../ui/section-card';

/** The first screen: what Rugplan is, one big way into the plan, the alarm signs, the disclaimer. */
export function StartPage() {
  const { t } = useTranslation('start');
  const { intro } = useContent();
  const sourceLabel = useSourceLabel();
  return (
    <Page title={t('title')} lead={t('lead')}>
      <div className="actions">
        <Link to={paths.plan} className="button button-primary button-large">
          {t('toPlan')}
        </Link>
        <Link to={paths.alarm} className="button">
          {t('toAlarm')}
        </Link>
      </div>
      <SectionCard {...intro.intro} title={intro.title} sourceLabel={sourceLabel(intro.intro.source)} />
      <InstallPrompt />
      <p className="disclaimer">
        {t('disclaimer')} <Link to={paths.about}>{t('disclaimerLink')}</Link>
      </p>
    </Page>
  );
}
