import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { checkForUpdates, UPDATE_CHECK_INTERVAL_MS } from '../../src/pwa/update-checks';

/** A document whose visibility the test sets, firing visibilitychange as a browser does. */
function fakeDocument() {
  const target = new EventTarget();
  const doc = Object.assign(target, { visibilityState: 'visible' as DocumentVisibilityState });
  const setVisibility = (state: DocumentVisibilityState) => {
    doc.visibilityState = state;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { doc: doc as unknown as Document, setVisibility };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('checks for a new version in an app left open', () => {
  test('when the app comes back to the foreground, not when it goes to the background', () => {
    const registration = { update: vi.fn(async () => undefined) };
    const { doc, setVisibility } = fakeDocument();
    const stop = checkForUpdates(registration as unknown as ServiceWorkerRegistration, doc);
    setVisibility('hidden');
    expect(registration.update).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(registration.update).toHaveBeenCalledTimes(1);
    stop();
    setVisibility('hidden');
    setVisibility('visible');
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  test('once an hour while open and visible; none while hidden', () => {
    const registration = { update: vi.fn(async () => undefined) };
    const { doc, setVisibility } = fakeDocument();
    const stop = checkForUpdates(registration as unknown as ServiceWorkerRegistration, doc);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS - 1);
    expect(registration.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(registration.update).toHaveBeenCalledTimes(1);
    setVisibility('hidden');
    vi.advanceTimersByTime(3 * UPDATE_CHECK_INTERVAL_MS);
    expect(registration.update).toHaveBeenCalledTimes(1);
    stop();
    setVisibility('visible');
    vi.advanceTimersByTime(3 * UPDATE_CHECK_INTERVAL_MS);
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  test('a failed check (offline) is no error', async () => {
    const registration = { update: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) };
    const { doc, setVisibility } = fakeDocument();
    checkForUpdates(registration as unknown as ServiceWorkerRegistration, doc);
    setVisibility('visible');
    await vi.runAllTicks();
    expect(registration.update).toHaveBeenCalledTimes(1);
  });
});
