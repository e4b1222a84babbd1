/**
 * Notifications and the app badge, with every browser difference in one place. Nothing here runs
 * at import time or during a render: callers use it from effects and taps only.
 */

/** Whether notifications can be shown, and what the user answered. */
export type NotificationAccess = 'unsupported' | NotificationPermission;

/** The tag of the round notification: a newer one replaces an older one instead of stacking. */
export const ROUND_NOTIFICATION_TAG = 'rugplan-round';

// How long we wait for a service worker before telling the user it did not work (dev server,
// or a browser that blocks workers).
const READY_TIMEOUT_MS = 10_000;

/** 'unsupported' without the Notification API or service workers (both are needed), else the permission. */
export function notificationAccess(): NotificationAccess {
  if (typeof window === 'undefined' || !('Notification' in window) || !('serviceWorker' in navigator)) {
    return 'unsupported';
  }
  return Notification.permission;
}

/** Asks for permission; call it only from a tap, after saying why (browsers ignore or punish other asks). */
export async function requestNotificationAccess(): Promise<NotificationAccess> {
  if (notificationAccess() === 'unsupported') return 'unsupported';
  try {
    // Safari before 15 only had the callback form; the promise form is used where it exists.
    return await new Promise<NotificationPermission>((resolve) => {
      const promise = Notification.requestPermission(resolve) as Promise<NotificationPermission> | undefined;
      void promise?.then(resolve);
    });
  } catch {
    return notificationAccess();
  }
}

/** What a notification shows and where a tap leads (an in-app path). */
export interface AppNotification {
  title: string;
  body: string;
  tag: string;
  url: string;
  lang: string;
}

/**
 * Shows a notification through the service worker registration. Never `new Notification()`: the
 * page constructor throws on Android Chrome, and only a worker's notification can be tapped
 * after the page is gone. Resolves to false when it could not be shown.
 */
export async function showAppNotification(notification: AppNotification): Promise<boolean> {
  if (notificationAccess() !== 'granted') return false;
  try {
    const registration = await Promise.race([
      navigator.serviceWorker.ready,
      new Promise<never>((_, reject) =>
        window.setTimeout(() => reject(new Error('no service worker')), READY_TIMEOUT_MS),
      ),
    ]);
    // `renotify` (missing from TypeScript's DOM types) makes a replacement alert again: a new
    // round is news even when the old notification is still in the tray.
    const options: NotificationOptions & { renotify: boolean } = {
      body: notification.body,
      tag: notification.tag,
      renotify: true,
      lang: notification.lang,
      icon: '/icons/icon-192.png',
      data: { url: notification.url },
    };
    await registration.showNotification(notification.title, options);
    return true;
  } catch {
    return false;
  }
}

/** Closes round notifications still in the tray once no round is due (a round done, a snooze). */
export async function closeRoundNotifications(): Promise<void> {
  if (notificationAccess() !== 'granted') return;
  try {
    // getRegistration, not ready: with no worker there is nothing to close, and ready would wait forever.
    const registration = await navigator.serviceWorker.getRegistration();
    const shown = (await registration?.getNotifications({ tag: ROUND_NOTIFICATION_TAG })) ?? [];
    for (const notification of shown) notification.close();
  } catch {
    // Nothing to close is no reason to bother anyone.
  }
}

/** Shows (1) or clears the badge on the app icon where the browser supports it; silent otherwise. */
export function setRoundBadge(due: boolean): void {
  if (typeof navigator === 'undefined' || !('setAppBadge' in navigator)) return;
  // Rejects when the app is not installed or the user disabled badges: nothing to tell anyone.
  const done = due ? navigator.setAppBadge(1) : navigator.clearAppBadge();
  void done.catch(() => undefined);
}
