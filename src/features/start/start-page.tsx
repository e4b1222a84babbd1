import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { InstallPromptSlot } from '../../pwa/install-prompt-slot';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { Page } from '../../ui/page';
import { SectionCard } from '../../ui/section-card';
import { ContinueCardSlot } from './continue-card-slot';

export type StartPageProps = {
  /** When the next round is due (the reminder feature's summary); src/app passes it in. */
  reminder?: ReactNode;
  /** The diary's quick entry and the two-day review (the diary feature); src/app passes it in. */
  diary?: ReactNode;
};

/**
 * The first screen: what Rugplan is, one big way into the plan, the alarm signs, the disclaimer.
 * Other features show their part here through slots, because features do not import each other.
 */
export function StartPage({ reminder, diary }: StartPageProps) {
  const { t } = useTranslation('start');
  const { intro } = useContent();
  const sourceLabel = useSourceLabel();
  return (
    <Page title={t('title')} lead={t('lead')}>
      <ContinueCardSlot />
      {reminder}
      <div className="actions">
        <Link to={paths.plan} className="button button-primary button-large">
          {t('toPlan')}
        </Link>
        <Link to={paths.alarm} className="button">
          {t('toAlarm')}
        </Link>
      </div>
      {diary}
      <SectionCard {...intro.intro} title={intro.title} sourceLabel={sourceLabel(intro.intro.source)} />
      <InstallPromptSlot />
      {/* The disclaimer ends on "Twijfelt u? Bel uw huisarts."; the link to the rest follows on its own line. */}
      <p className="disclaimer">{t('disclaimer')}</p>
      <p className="disclaimer">
        <Link to={paths.about} className="disclaimer-link">
          {t('disclaimerLink')}
        </Link>
      </p>
    </Page>
  );
}
