/**
 * Where a tapped notification leads. Its own small module: the listener runs for the whole life of
 * the app (a test notification may be tapped with the reminder off), while the rest of the
 * notification code loads only when a reminder runs.
 */
import { useEffect } from 'react';
import { navigate } from '../../routing/router';
import { isObject } from '../../storage/validators';

/** Type of the message the service worker posts when a notification is tapped (see src/sw.ts). */
export const OPEN_MESSAGE_TYPE = 'rugplan:open';

/** True for an in-app path ('/…', not '//host'), the only kind of address a notification may open. */
export function isAppPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\');
}

/** Follows a tapped notification: the service worker focuses this window and posts where it leads. */
export function useNotificationTaps(): void {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (isObject(data) && data.type === OPEN_MESSAGE_TYPE && isAppPath(data.url)) navigate(data.url);
    };
    container.addEventListener('message', onMessage);
    return () => container.removeEventListener('message', onMessage);
  }, []);
}
