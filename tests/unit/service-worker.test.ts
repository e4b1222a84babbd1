import { describe, expect, test } from 'vitest';
import { applyUpdate, registerServiceWorker } from '../../src/pwa/service-worker';

/** A worker and a registration as the browser hands them out, driven by the test. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

function fakeBrowser({ controlled, waiting }: { controlled: boolean; waiting?: FakeWorker }) {
  const registration = Object.assign(new EventTarget(), {
    installing: null as FakeWorker | null,
    waiting: waiting ?? null,
  });
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? new FakeWorker() : null,
    registered: [] as string[],
    register: async (url: string) => {
      container.registered.push(url);
      return registration;
    },
  });
  const events: string[] = [];
  const callbacks = {
    onOfflineReady: () => events.push('offline ready'),
    onNeedRefresh: () => events.push('need refresh'),
  };
  const found = (worker: FakeWorker) => {
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
  };
  return {
    registration,
    container: container as unknown as ServiceWorkerContainer & typeof container,
    events,
    callbacks,
    found,
  };
}

describe('service worker registration', () => {
  test('first visit: once the worker has installed, the app works offline (no update offered)', async () => {
    const browser = fakeBrowser({ controlled: false });
    await registerServiceWorker(browser.callbacks, browser.container);
    expect(browser.container.registered).toEqual(['/sw.js']);
    const worker = new FakeWorker();
    browser.found(worker);
    worker.become('installed');
    worker.become('activated');
    expect(browser.events).toEqual(['offline ready']);
  });

  test('a new version installed under a controlling worker waits, and is offered', async () => {
    const browser = fakeBrowser({ controlled: true });
    await registerServiceWorker(browser.callbacks, browser.container);
    const worker = new FakeWorker();
    browser.found(worker);
    expect(browser.events).toEqual([]);
    worker.become('installed');
    expect(browser.events).toEqual(['need refresh']);
  });

  test('a version left waiting from an earlier visit is offered at once', async () => {
    const browser = fakeBrowser({ controlled: true, waiting: new FakeWorker() });
    await registerServiceWorker(browser.callbacks, browser.container);
    expect(browser.events).toEqual(['need refresh']);
  });

  test('applying the update tells the waiting worker to take over, and reloads when it does', async () => {
    const waiting = new FakeWorker();
    const browser = fakeBrowser({ controlled: true, waiting });
    const registration = await registerServiceWorker(browser.callbacks, browser.container);
    let reloads = 0;
    applyUpdate(registration, browser.container, () => reloads++);
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reloads).toBe(0);
    browser.container.dispatchEvent(new Event('controllerchange'));
    browser.container.dispatchEvent(new Event('controllerchange'));
    expect(reloads).toBe(1);
  });
});
