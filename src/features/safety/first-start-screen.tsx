import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { useHydrated } from '../../ui/use-hydrated';
import { AlarmList } from './alarm-list';
import { useContacts } from './use-contacts';

export type FirstStartScreenProps = { onContinue: () => void | Promise<void> };

/** The alarm list as a calm first screen: information for everyone, no questions, no score. */
export function FirstStartScreen({ onContinue }: FirstStartScreenProps) {
  const { t } = useTranslation('safety');
  const { saved } = useContacts();
  return (
    <Page title={t('firstStart.title')} lead={t('firstStart.lead')}>
      <AlarmList contacts={saved} />
      <div className="actions first-start-continue">
        <ContinueButton onContinue={onContinue} />
      </div>
      <p className="hint">{t('firstStart.always')}</p>
    </Page>
  );
}

/** "Ik heb de lijst gelezen": its own component, so React taking over re-renders the button alone. */
function ContinueButton({ onContinue }: FirstStartScreenProps) {
  const { t } = useTranslation('safety');
  // Prerendered: until React has the page, a tap on the button would be lost.
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="button button-primary button-large"
      onClick={() => void onContinue()}
      disabled={!hydrated}
    >
      {t('firstStart.continue')}
    </button>
  );
}
