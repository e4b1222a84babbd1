import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { trackLoad, whenLoadsSettle } from '../../src/i18n/pending-loads';

/** A promise settled from outside, like a chunk arriving. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('waiting for the page to finish loading (before a language switch)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('with nothing loading, it settles after a moment', async () => {
    let settled = false;
    void whenLoadsSettle().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(settled).toBe(true);
  });

  test('it waits for every load, and for a load that one starts when it arrives; a failed load counts as done', async () => {
    const chunk = deferred();
    const content = deferred();
    trackLoad(chunk.promise);
    let settled = false;
    void whenLoadsSettle().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).toBe(false);

    chunk.resolve();
    await vi.advanceTimersByTimeAsync(10);
    // The page's code arrived and asks for its content right away (React renders with it).
    trackLoad(content.promise).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).toBe(false);

    content.reject(new Error('offline'));
    await vi.advanceTimersByTimeAsync(100);
    expect(settled).toBe(true);
  });
});
