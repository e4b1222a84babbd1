/**
 * The kind of phone and how the app was opened, written once: the install offer, the notification
 * settings and the calendar download all ask. Pure functions of a `DeviceEnvironment` (testable
 * without a browser), plus a hook that reads them in a way hydration agrees with.
 */
import { useSyncExternalStore } from 'react';

/** What of the browser the checks look at. */
export interface DeviceEnvironment {
  userAgent: string;
  maxTouchPoints: number;
  /** `navigator.standalone`: Safari's own flag, true in a home-screen app. */
  standalone?: boolean;
  /** `matchMedia('(display-mode: standalone)').matches`. */
  displayModeStandalone: boolean;
}

/** This browser's environment; only in a browser (Node has no navigator). */
export function deviceEnvironment(): DeviceEnvironment {
  return {
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints,
    standalone: (navigator as Navigator & { standalone?: boolean }).standalone,
    displayModeStandalone: window.matchMedia?.('(display-mode: standalone)').matches === true,
  };
}

/** True on an iPhone or iPad (any browser there is Safari underneath, with Safari's limits). */
export function isIos(env: Pick<DeviceEnvironment, 'userAgent' | 'maxTouchPoints'> = deviceEnvironment()): boolean {
  // iPadOS presents itself as a Mac, so a "Macintosh" with a touch screen is an iPad.
  return /iPhone|iPad|iPod/.test(env.userAgent) || (/Macintosh/.test(env.userAgent) && env.maxTouchPoints > 1);
}

/** True when the app runs from the home screen (installed), on any phone. */
export function isStandalone(
  env: Pick<DeviceEnvironment, 'standalone' | 'displayModeStandalone'> = deviceEnvironment(),
): boolean {
  return env.standalone === true || env.displayModeStandalone;
}

/** iPhone and iPad Safari have no install event: the user adds the app through the share menu. */
export function isIosBrowser(env: DeviceEnvironment = deviceEnvironment()): boolean {
  return isIos(env) && !isStandalone(env);
}

/**
 * True inside a Rugplan opened from the home screen of an iPhone or iPad, where a downloaded file
 * often goes nowhere: those users are told to open Rugplan in Safari for the calendar file.
 */
export function isIosHomeScreenApp(env: DeviceEnvironment = deviceEnvironment()): boolean {
  return isIos(env) && isStandalone(env);
}

// The kind of phone and how the app was opened do not change while it runs.
const noChanges = () => () => undefined;

/**
 * One of the checks above, read through useSyncExternalStore: false in the prerender and while
 * hydrating (Node has no navigator, and the first render must equal the HTML), the browser's own
 * answer right after.
 */
export function useDeviceFact(check: () => boolean): boolean {
  return useSyncExternalStore(noChanges, check, () => false);
}
