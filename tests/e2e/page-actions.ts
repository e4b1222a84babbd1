/**
 * What a person does and sees, as functions that run inside the page of any engine (see engines.ts).
 * They are sent as source text, so each one is self-contained: no imports, no outer variables.
 * A control counts as ready once React has attached its handlers (a prerendered button before
 * hydration looks the same but does nothing) and it is enabled.
 */
import { expect } from 'vitest';
import type { EnginePage } from './engines';

/** The visible <h1> (a prerendered page also holds hidden ones, e.g. the first-start screen's). */
function visibleHeading(): string | null {
  const shown = [...document.querySelectorAll('h1')].find((h) => h.getClientRects().length > 0);
  return shown ? (shown.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** Clicks the control of `kind` whose accessible text is `name`, once React drives it; false until then. */
function clickControl(kind: 'button' | 'link' | 'radio', name: string): boolean {
  // The accessible text, roughly: aria-label, else the label's or the element's own text without
  // what is hidden from screen readers (the pain scale shows "6" twice: once aria-hidden).
  const spoken = (node: Element) => {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return copy.textContent ?? '';
  };
  const text = (el: Element) => {
    const label =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLInputElement && el.labels && el.labels.length > 0
        ? [...el.labels].map(spoken).join(' ')
        : spoken(el));
    return label.replace(/\s+/g, ' ').trim();
  };
  const selector = { button: 'button', link: 'a[href]', radio: 'input[type="radio"]' }[kind];
  const control = [...document.querySelectorAll(selector)].find((el) => text(el) === name) as HTMLElement | undefined;
  // A disabled fieldset disables its controls; checked by hand, as not every engine's :disabled sees it.
  if (!control || (control as HTMLButtonElement).disabled || control.closest('fieldset[disabled]')) return false;
  if (!Object.keys(control).some((key) => key.startsWith('__reactProps$'))) return false;
  control.click();
  return true;
}

/** Text of every element matching `selector`, whitespace collapsed. */
function textsOf(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * A saved record straight from IndexedDB, to compare the page with what is stored. It answers once
 * its transaction has completed and its connection is closed: a read still running when the walk
 * leaves the page blocked later writes in WebKit (see src/storage/idb-store.ts).
 */
function storedRecord(key: string): Promise<unknown> {
  return new Promise((resolve) => {
    const request = indexedDB.open('rugplan');
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('records')) {
        db.close();
        return resolve(null);
      }
      const tx = db.transaction('records');
      const read = tx.objectStore('records').get(key);
      tx.oncomplete = () => {
        db.close();
        resolve((read.result as { data?: unknown } | undefined)?.data ?? null);
      };
      tx.onabort = () => {
        db.close();
        resolve(null);
      };
    };
    request.onerror = () => resolve(null);
  });
}

/** The page's visible heading, once there is one. */
export async function headingOf(page: EnginePage): Promise<string> {
  let heading: string | null = null;
  await expect.poll(async () => (heading = await page.evaluate(visibleHeading)), { timeout: 15_000 }).not.toBeNull();
  return heading!;
}

/** Waits until the visible heading is `expected`. */
export async function expectHeading(page: EnginePage, expected: string): Promise<void> {
  await expect.poll(() => page.evaluate(visibleHeading), { timeout: 15_000 }).toBe(expected);
}

/** Taps a control as soon as React drives it. */
export async function tap(page: EnginePage, kind: 'button' | 'link' | 'radio', name: string): Promise<void> {
  await expect.poll(() => page.evaluate(clickControl, kind, name), { timeout: 15_000 }).toBe(true);
}

export function texts(page: EnginePage, selector: string): Promise<string[]> {
  return page.evaluate(textsOf, selector);
}

export function stored<T>(page: EnginePage, key: string): Promise<T | null> {
  return page.evaluate(storedRecord, key) as Promise<T | null>;
}

export function pathname(page: EnginePage): Promise<string> {
  return page.evaluate(() => location.pathname);
}

/**
 * Waits until the service worker controls the page, reloading once: a first visit's page is not
 * controlled (the worker does not claim open pages), the next load is.
 */
export async function waitForServiceWorker(page: EnginePage): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 15_000 })
    .toBe('activated');
}
