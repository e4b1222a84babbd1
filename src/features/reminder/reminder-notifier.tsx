import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { loadContentPart } from '../../content/content';
import { paths } from '../../routing/paths';
import { deviceZone } from '../../schedule/clock-time';
import { records, type Reminder } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import {
  closeRoundNotifications,
  ROUND_NOTIFICATION_TAG,
  setRoundBadge,
  showAppNotification,
  type AppNotification,
} from './notifications';
import { reminderView } from './reminder-logic';

// setTimeout holds at most 2^31-1 ms (about 24.8 days); longer waits fire at once. Deadlines are
// at most a night away, but a timer that fires early simply re-arms, so cap it well below that.
const MAX_TIMER_MS = 6 * 60 * 60 * 1000;

export type ReminderNotifierProps = {
  /** The saved reminder, as read by the slot: the timer is armed as soon as this part is there. */
  reminder: Reminder;
};

/**
 * Keeps the promise of the reminder while the app is open or alive in the background: a timer to
 * the saved deadline (re-armed on every change, on load and when the app is shown again) shows a
 * notification through the service worker when a round falls due, and sets the app badge; a round
 * done clears it. Renders nothing; ReminderNotifierSlot loads it once a reminder runs.
 */
export function ReminderNotifier({ reminder }: ReminderNotifierProps) {
  // Without a namespace: the reminder's strings are loaded when a notification is made, not to
  // mount this part (it runs on the start page whenever a reminder is on).
  const { i18n } = useTranslation();
  const { value: progress } = useStored(records.planProgress);

  // The texts of the next notification, made when the timer fires (language, current step). The
  // plan and the strings are read then, not in render: this part has no screen, so it must never
  // suspend the app.
  const latest = useRef({ i18n, language: i18n.language, currentStepId: progress.currentStepId });
  useEffect(() => {
    latest.current = { i18n, language: i18n.language, currentStepId: progress.currentStepId };
  });
  const notification = useRef(async (): Promise<AppNotification> => {
    const { i18n: instance, language, currentStepId } = latest.current;
    const [plan] = await Promise.all([
      loadContentPart(language === 'en' ? 'en' : 'nl', 'plan').catch(() => undefined),
      instance.loadNamespaces('reminder'),
    ]);
    const tr = instance.getFixedT(language, 'reminder');
    const step = plan?.steps.find((s) => s.id === currentStepId);
    return {
      title: tr('notifications.roundTitle'),
      body: step
        ? tr('notifications.roundBody', { label: step.label, title: step.title })
        : tr('notifications.roundBodyPlan'),
      tag: ROUND_NOTIFICATION_TAG,
      url: step ? paths.step(step.id) : paths.plan,
      lang: language,
    };
  });

  useEffect(() => {
    let timer: number | undefined;
    const arm = () => {
      window.clearTimeout(timer);
      const view = reminderView(reminder, new Date(), deviceZone());
      setRoundBadge(view.kind === 'due');
      if (view.kind !== 'due') void closeRoundNotifications();
      if (view.kind !== 'upcoming') return;
      timer = window.setTimeout(fire, Math.min(Math.max(view.remainingMs, 0), MAX_TIMER_MS));
    };
    // Only a deadline reached while the app lives notifies. Opening the app with a round already
    // due shows the due screen instead: a notification about what is on screen is noise.
    const fire = () => {
      const view = reminderView(reminder, new Date(), deviceZone());
      if (view.kind !== 'due') return arm();
      setRoundBadge(true);
      void notification.current().then(showAppNotification);
    };
    const onVisibility = () => {
      // Timers of a hidden page are slowed or frozen; coming back re-reads the clock.
      if (document.visibilityState === 'visible') arm();
    };
    arm();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [reminder]);

  return null;
}
