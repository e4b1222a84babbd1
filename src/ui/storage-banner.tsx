import { useTranslation } from 'react-i18next';
import { paths } from '../routing/paths';
import { Link } from '../routing/router';
import { useStorageStatus } from '../storage/use-stored';

/**
 * App-wide: says plainly when saving is off (the app then keeps everything in memory only) and
 * when saved data could not be read and was set aside (kept, not deleted). Silent otherwise.
 */
export function StorageBanner() {
  const { t } = useTranslation('diary');
  const status = useStorageStatus();
  const items = status.setAside.reduce((sum, e) => sum + (e.reason === 'invalid-items' ? (e.items ?? 0) : 0), 0);
  const wholeRecords = status.setAside.filter((e) => e.reason !== 'invalid-items').length;
  if (!status.savingOff && status.setAside.length === 0) return null;
  return (
    <div className="storage-banner notice notice-strong no-print" role="status">
      {status.savingOff && <p>{t('banner.savingOff')}</p>}
      {items > 0 && <p>{t('banner.setAsideItems', { count: items })}</p>}
      {wholeRecords > 0 && <p>{t('banner.setAsideRecord')}</p>}
      {status.setAside.length > 0 && <Link to={paths.diaryData}>{t('banner.toData')}</Link>}
    </div>
  );
}
