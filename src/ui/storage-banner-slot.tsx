import { Suspense } from 'react';
import { useStorageStatus } from '../storage/use-stored';
import { lazyComponent } from './lazy-component';

// Saving works nearly always, and then the banner says nothing: its code and its strings load only
// when the storage status has something to say.
const StorageBanner = lazyComponent(() => import('./storage-banner'), 'StorageBanner');

/** The StorageBanner, loaded and shown once saving is off or saved data was set aside. */
export function StorageBannerSlot() {
  const status = useStorageStatus();
  const news = status.savingOff || status.setAside.length > 0;
  // The boundary is always there, so a status known before hydration (the prerendered page had no
  // banner) costs React only this boundary, not the page.
  return <Suspense fallback={null}>{news && <StorageBanner />}</Suspense>;
}
