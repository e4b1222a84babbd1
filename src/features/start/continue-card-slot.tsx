import { Suspense } from 'react';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { lazyComponent } from '../../ui/lazy-component';
import { isReturning } from './returning-user';

// The card, the plan's content and the schedule load only for a returning user: a first visit
// (and the prerendered page) carries none of it.
const ContinueCard = lazyComponent(() => import('./continue-card'), 'ContinueCard');

/**
 * "Ga verder" on the start page, once the saved state is read and shows a returning user. Nothing
 * before that, so the first render is the same as the prerendered page.
 */
export function ContinueCardSlot() {
  const progress = useStored(records.planProgress);
  const sessions = useStored(records.sessions);
  const diary = useStored(records.diary);
  const active = useStored(records.activeExercise);
  const reminder = useStored(records.reminder);
  const loaded = progress.loaded && sessions.loaded && diary.loaded && active.loaded && reminder.loaded;
  const saved = {
    progress: progress.value,
    sessions: sessions.value,
    diary: diary.value,
    active: active.value,
    reminder: reminder.value,
  };
  if (!loaded || !isReturning(saved)) return null;
  return (
    // Its own boundary: while the card loads, the rest of the start page stays as it is.
    <Suspense fallback={null}>
      <ContinueCard saved={saved} />
    </Suspense>
  );
}
