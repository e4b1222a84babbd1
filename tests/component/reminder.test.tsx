import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { appStore } from '../../src/storage/app-store';
import { records, type Reminder } from '../../src/storage/records';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { ReminderSummary } from '../../src/features/reminder/reminder-summary';
import { createI18n } from '../../src/i18n/i18n';
import { renderAppAt } from '../render';

// The tests run in UTC (the phone's zone is read from Intl), so 09:00Z shows as 09:00.
// Only Date is faked: the reminder computes from the clock; React and IndexedDB keep real timers.
const now = new Date('2026-11-30T09:00:00.000Z');
const at = (time: string, day = '2026-11-30') => new Date(`${day}T${time}:00.000Z`);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const saveReminder = (reminder: Partial<Reminder>) =>
  appStore().write(records.reminder, { ...records.reminder.fallback(), ...reminder });
const savedReminder = () => appStore().read(records.reminder);
/** Tells the app it was brought back to the screen (what a phone does when the user returns). */
const comeBack = () => document.dispatchEvent(new Event('visibilitychange'));

describe('reminder on the start page', () => {
  test('off: a calm question and one button; starting sets the first round two hours from now', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const summary = await screen.findByRole('region', { name: 'Herinnering' });
    // The button comes once the saved state is read (until then an invisible card holds its place).
    const startButton = await within(summary).findByRole('button', { name: 'Herinner mij om de twee uur' });
    expect(within(summary).getByText('Wilt u dat Rugplan u om de twee uur aan uw oefeningen herinnert?')).toBeVisible();
    await user.click(startButton);
    expect(await within(summary).findByText('Volgende keer om 11:00 — nog 2 uur')).toBeInTheDocument();
    expect(await savedReminder()).toEqual({
      state: 'on',
      wakeFrom: '08:00',
      wakeUntil: '22:00',
      nextDueAt: at('11:00').toISOString(),
    });
    expect(within(summary).getByRole('link', { name: 'Herinnering instellen' })).toHaveAttribute(
      'href',
      '/herinnering',
    );
  });

  test('on: "Volgende keer om 11:00 — nog 1 uur 12 min", computed from the clock and updated live', async () => {
    await saveReminder({ state: 'on', nextDueAt: at('11:00').toISOString() });
    vi.setSystemTime(at('09:48'));
    await renderAppAt('/');
    expect(await screen.findByText('Volgende keer om 11:00 — nog 1 uur 12 min')).toBeInTheDocument();
    vi.setSystemTime(at('10:30'));
    comeBack();
    expect(await screen.findByText('Volgende keer om 11:00 — nog 30 min')).toBeInTheDocument();
  });

  test('a round tomorrow morning says "morgen"', async () => {
    await saveReminder({ state: 'on', nextDueAt: at('08:00', '2026-12-01').toISOString() });
    vi.setSystemTime(at('21:00'));
    await renderAppAt('/');
    expect(await screen.findByText('Volgende keer morgen om 08:00 — nog 11 uur')).toBeInTheDocument();
  });

  test('paused: says so, and one tap turns it back on from now', async () => {
    const user = userEvent.setup();
    await saveReminder({ state: 'paused', nextDueAt: at('06:00', '2026-11-28').toISOString() });
    await renderAppAt('/');
    expect(await screen.findByText('De herinnering staat op pauze.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zet de herinnering weer aan' }));
    expect(await screen.findByText('Volgende keer om 11:00 — nog 2 uur')).toBeInTheDocument();
    expect((await savedReminder()).state).toBe('on');
  });

  test('the first render shows no time before the saved state is read (same as a prerendered page)', async () => {
    await saveReminder({ state: 'on', nextDueAt: at('11:00').toISOString() });
    // A render without effects, as the prerender makes it: nothing read from storage yet.
    const html = renderToString(
      <I18nextProvider i18n={createI18n('nl')}>
        <ReminderSummary />
      </I18nextProvider>,
    );
    expect(html).toContain('Herinnering');
    expect(html).not.toMatch(/Volgende keer|pauze/);
    // Once the saved state is read, the time shows.
    await renderAppAt('/');
    const summary = screen.getByRole('region', { name: 'Herinnering' });
    expect(await within(summary).findByText(/Volgende keer om 11:00/)).toBeInTheDocument();
  });
});

describe('in English', () => {
  test('the summary and the due screen read in English', async () => {
    await saveReminder({ state: 'on', nextDueAt: at('11:00').toISOString() });
    vi.setSystemTime(at('09:48'));
    const { unmount } = await renderAppAt('/', { language: 'en' });
    expect(await screen.findByText('Next time at 11:00 — 1 hour 12 min to go')).toBeInTheDocument();
    unmount();
    vi.setSystemTime(at('11:05'));
    await renderAppAt('/', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Time for a round of exercises' })).toBeInTheDocument();
    expect(screen.getByText('Planned for 11:00.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Go to Step 1: / })).toHaveAttribute('href', '/stappenplan/stap-1-liggen');
  });
});

describe('due screen', () => {
  beforeEach(async () => {
    await appStore().write(records.planProgress, { currentStepId: 'stap-3-elleboogsteun' });
  });

  test('opening the app with a round due shows that first, with one big way into the current step', async () => {
    await saveReminder({ state: 'on', nextDueAt: at('10:00').toISOString() });
    vi.setSystemTime(at('10:30'));
    await renderAppAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' })).toBeInTheDocument();
    expect(screen.getByText('Gepland om 10:00.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Naar Stap 3: Elleboogsteun' })).toHaveAttribute(
      'href',
      '/stappenplan/stap-3-elleboogsteun',
    );
    expect(screen.getByText('Doet u de ronde nu, dan is de volgende om 12:30.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Rugplan' })).not.toBeInTheDocument();
  });

  test('due since days: no overdue count, just the round and the next one after it', async () => {
    await saveReminder({ state: 'on', nextDueAt: at('10:00', '2026-11-28').toISOString() });
    vi.setSystemTime(at('12:10'));
    await renderAppAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' });
    const main = screen.getByRole('main');
    expect(main).not.toHaveTextContent(/Gepland|uur te laat|\d+ uur/);
    expect(screen.getByText('Doet u de ronde nu, dan is de volgende om 14:10.')).toBeInTheDocument();
  });

  test('"Over een kwartier" moves the deadline and shows the page that was opened', async () => {
    const user = userEvent.setup();
    await saveReminder({ state: 'on', nextDueAt: at('10:00').toISOString() });
    vi.setSystemTime(at('10:30'));
    await renderAppAt('/');
    await user.click(await screen.findByRole('button', { name: 'Over een kwartier' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rugplan' })).toBeInTheDocument();
    expect(await screen.findByText('Volgende keer om 10:45 — nog 15 min')).toBeInTheDocument();
    expect((await savedReminder()).nextDueAt).toBe(at('10:45').toISOString());
  });

  test('"Nu niet" shows the app until the user leaves and comes back', async () => {
    const user = userEvent.setup();
    await saveReminder({ state: 'on', nextDueAt: at('10:00').toISOString() });
    vi.setSystemTime(at('10:30'));
    await renderAppAt('/');
    await user.click(await screen.findByRole('button', { name: 'Nu niet, naar de app' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rugplan' })).toBeInTheDocument();
    expect((await savedReminder()).nextDueAt).toBe(at('10:00').toISOString());
    comeBack();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' })).toBeInTheDocument();
  });

  test('a round falling due while a page is open covers it without unmounting it: nothing typed is lost', async () => {
    const user = userEvent.setup();
    await saveReminder({ state: 'on', nextDueAt: new Date(now.getTime() + 300).toISOString() });
    await renderAppAt('/');
    const startHeading = await screen.findByRole('heading', { level: 1, name: 'Rugplan' });
    await screen.findByText('Volgende keer om 09:00 — nog 1 min');
    vi.setSystemTime(new Date(now.getTime() + 60_000));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' })).toBeInTheDocument();
    expect(startHeading).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Over een uur' }));
    // The very same element, not a new page: the start page (and any half-filled form on it) stayed.
    await waitFor(() => expect(startHeading).toBeVisible());
    expect(screen.getByRole('heading', { level: 1, name: 'Rugplan' })).toBe(startHeading);
    expect(startHeading).toHaveFocus();
    expect(document.title).toBe('Rugplan');
  });

  test('going to another page from the due screen counts as "not now"', async () => {
    const user = userEvent.setup();
    await saveReminder({ state: 'on', nextDueAt: at('10:00').toISOString() });
    vi.setSystemTime(at('10:30'));
    await renderAppAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' });
    await user.click(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Meer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Meer' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Tijd voor een oefenronde' })).not.toBeInTheDocument();
  });

  test.each(['/alarmsignalen', '/stappenplan', '/stappenplan/stap-3-elleboogsteun', '/herinnering'])(
    'never covers %s; the same round does show on the start page',
    async (path) => {
      const user = userEvent.setup();
      await saveReminder({ state: 'on', nextDueAt: at('10:00').toISOString() });
      vi.setSystemTime(at('10:30'));
      await renderAppAt(path);
      await screen.findByRole('heading', { level: 1 });
      // Reads are served in order, so once this one is back the screens' own reads are too;
      // act() lets React show what they read before we look.
      await act(async () => {
        await savedReminder();
      });
      expect(screen.queryByRole('heading', { name: 'Tijd voor een oefenronde' })).not.toBeInTheDocument();
      await user.click(
        within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Start' }),
      );
      expect(await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' })).toBeInTheDocument();
    },
  );

  test('not due at night: the start page says the next round is at wake-up', async () => {
    await saveReminder({ state: 'on', nextDueAt: at('21:00').toISOString() });
    vi.setSystemTime(at('23:30'));
    await renderAppAt('/');
    expect(await screen.findByText('Volgende keer morgen om 08:00 — nog 8 uur 30 min')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tijd voor een oefenronde' })).not.toBeInTheDocument();
  });
});

describe('reminder page', () => {
  test('start, pause and stop are stored', async () => {
    const user = userEvent.setup();
    await renderAppAt('/herinnering');
    expect(await screen.findByRole('heading', { level: 1, name: 'Herinnering' })).toBeInTheDocument();
    const start = await screen.findByRole('button', { name: 'Herinner mij om de twee uur' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    await waitFor(async () => expect((await savedReminder()).state).toBe('on'));
    expect(await screen.findByText('Volgende keer om 11:00 — nog 2 uur')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pauzeren' }));
    expect(await screen.findByText('De herinnering staat op pauze.')).toBeInTheDocument();
    expect((await savedReminder()).state).toBe('paused');

    await user.click(screen.getByRole('button', { name: 'Stoppen' }));
    expect(await screen.findByText('De herinnering staat uit.')).toBeInTheDocument();
    await waitFor(async () => expect((await savedReminder()).state).toBe('off'));
    expect(await screen.findByRole('button', { name: 'Herinner mij om de twee uur' })).toBeInTheDocument();
  });

  test('waking hours: a window that ends before it starts gets a clear message and is not saved', async () => {
    const user = userEvent.setup();
    await renderAppAt('/herinnering');
    // The form opens with the saved hours once they are read (until then it is disabled).
    await waitFor(() => expect(screen.getByLabelText('Van')).toBeEnabled());
    const form = screen.getByRole('form', { name: 'Uw wakkere uren' });
    const from = within(form).getByLabelText('Van');
    const until = within(form).getByLabelText('Tot');
    expect(from).toHaveValue('08:00');
    expect(until).toHaveValue('22:00');

    fireEvent.change(from, { target: { value: '22:00' } });
    fireEvent.change(until, { target: { value: '08:00' } });
    await user.click(within(form).getByRole('button', { name: 'Bewaar de tijden' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'De eindtijd ligt vóór de begintijd. Vul bij ‘Van’ in wanneer u opstaat en bij ‘Tot’ wanneer u gaat slapen.',
    );
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(await savedReminder()).toMatchObject({ wakeFrom: '08:00', wakeUntil: '22:00' });

    fireEvent.change(from, { target: { value: '07:00' } });
    fireEvent.change(until, { target: { value: '21:00' } });
    await user.click(within(form).getByRole('button', { name: 'Bewaar de tijden' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Bewaard: van 07:00 tot 21:00.');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(await savedReminder()).toMatchObject({ wakeFrom: '07:00', wakeUntil: '21:00' });
    // The clock-app times follow the new window.
    expect(screen.getByText('07:00 · 09:00 · 11:00 · 13:00 · 15:00 · 17:00 · 19:00 · 21:00')).toBeInTheDocument();
  });

  test('calendar: zero or too many days get a message; a valid number downloads an .ics with those days', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test-${blobs.length}`;
    });
    const downloads: { href: string; name: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.getAttribute('href') ?? '', name: this.download });
    });
    await renderAppAt('/herinnering');
    const form = await screen.findByRole('form', { name: 'Zet in mijn agenda' });
    const days = within(form).getByLabelText('Aantal dagen');
    expect(days).toHaveValue(3);
    const button = within(form).getByRole('button', { name: 'Download het agendabestand' });

    await user.clear(days);
    await user.type(days, '0');
    await user.click(button);
    expect(await within(form).findByRole('alert')).toHaveTextContent('Kies minstens 1 dag.');
    await user.clear(days);
    await user.type(days, '15');
    await user.click(button);
    expect(await within(form).findByRole('alert')).toHaveTextContent('Kies hoogstens 14 dagen.');
    expect(downloads).toEqual([]);

    await user.clear(days);
    await user.type(days, '2');
    await user.click(button);
    expect(downloads).toEqual([{ href: 'blob:test-1', name: 'rugplan-oefenschema-2026-11-30.ics' }]);
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    // At 09:00 with nothing done yet a round can be done now, so the file starts where the round
    // after it would be, as the due screen says: 11, 13, … 21 today and 08 … 22 tomorrow.
    const calendar = new ICAL.Component(ICAL.parse(await blobs[0]!.text()));
    const starts = calendar
      .getAllSubcomponents('vevent')
      .map((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString());
    expect(starts).toHaveLength(14);
    expect(starts[0]).toBe(at('11:00').toISOString());
    expect(starts.at(-1)).toBe(at('22:00', '2026-12-01').toISOString());
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    expect(within(form).getByRole('status')).toHaveTextContent(
      'rugplan-oefenschema-2026-11-30.ics is gedownload, met 14 rondes.',
    );
  });

  test('calendar and alarm list with the reminder on start at its next round, to the minute', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    // A round finished at 08:20:37 set this deadline: seconds and all, shown everywhere as 10:20.
    await saveReminder({ state: 'on', nextDueAt: new Date(at('10:20').getTime() + 37_000).toISOString() });
    await renderAppAt('/herinnering');
    await screen.findByText('Volgende keer om 10:20 — nog 1 uur 21 min');
    const clock = screen.getByRole('region', { name: 'Liever een wekker?' });
    expect(clock).toHaveTextContent('Uw volgende rondes vandaag: 10:20 · 12:20 · 14:20 · 16:20 · 18:20 · 20:20.');
    expect(clock).toHaveTextContent('08:00 · 10:00 · 12:00 · 14:00 · 16:00 · 18:00 · 20:00 · 22:00');
    await user.click(screen.getByRole('button', { name: 'Download het agendabestand' }));
    const calendar = new ICAL.Component(ICAL.parse(await blobs[0]!.text()));
    const first = calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(first.toJSDate().toISOString()).toBe(at('10:20').toISOString());
  });

  test('says plainly what the reminder can and cannot do', async () => {
    await renderAppAt('/herinnering');
    const honest = await screen.findByRole('region', { name: 'Wat de herinnering wel en niet kan' });
    expect(honest).toHaveTextContent('kan de app zichzelf niet wekken als hij helemaal dicht is');
    expect(honest).toHaveTextContent('alleen als Rugplan open is of nog op de achtergrond draait');
    expect(honest).toHaveTextContent('Zet de rondes in uw agenda');
  });

  test('is linked from "Meer"', async () => {
    await renderAppAt('/meer');
    expect(await screen.findByRole('link', { name: 'Herinnering om de twee uur' })).toHaveAttribute(
      'href',
      '/herinnering',
    );
  });
});

describe('notifications', () => {
  let permission: NotificationPermission;
  const requestPermission = vi.fn(async () => permission);
  const showNotification = vi.fn(async () => undefined);
  const setAppBadge = vi.fn(async () => undefined);
  const clearAppBadge = vi.fn(async () => undefined);
  const shownClose = vi.fn();

  beforeEach(() => {
    permission = 'default';
    requestPermission.mockReset().mockImplementation(async () => {
      permission = 'granted';
      return permission;
    });
    showNotification.mockClear();
    setAppBadge.mockClear();
    clearAppBadge.mockClear();
    vi.stubGlobal(
      'Notification',
      class {
        static get permission() {
          return permission;
        }
        static requestPermission = requestPermission;
        constructor() {
          throw new TypeError('Illegal constructor: use ServiceWorkerRegistration.showNotification()');
        }
      },
    );
    shownClose.mockClear();
    const registration = {
      showNotification,
      getNotifications: vi.fn(async () => [{ close: shownClose }]),
    };
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: {
        ready: Promise.resolve(registration),
        getRegistration: async () => registration,
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
      },
    });
    Object.defineProperty(navigator, 'setAppBadge', { configurable: true, value: setAppBadge });
    Object.defineProperty(navigator, 'clearAppBadge', { configurable: true, value: clearAppBadge });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const key of ['serviceWorker', 'setAppBadge', 'clearAppBadge']) {
      Reflect.deleteProperty(navigator, key);
    }
  });

  test('permission is asked only from a tap, after one sentence on why', async () => {
    const user = userEvent.setup();
    await renderAppAt('/herinnering');
    const section = await screen.findByRole('region', { name: 'Meldingen' });
    expect(await within(section).findByText(/Met een melding merkt u het ook/)).toBeInTheDocument();
    expect(requestPermission).not.toHaveBeenCalled();
    await user.click(within(section).getByRole('button', { name: 'Meldingen aanzetten' }));
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(await within(section).findByText('Meldingen staan aan.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Stuur een proefmelding' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('De proefmelding is verstuurd.');
    expect(showNotification).toHaveBeenCalledWith(
      'Zo ziet een melding van Rugplan eruit',
      expect.objectContaining({ tag: 'rugplan-test' }),
    );
  });

  test('denied permission is explained, and the rest still works', async () => {
    permission = 'denied';
    await renderAppAt('/herinnering');
    const section = await screen.findByRole('region', { name: 'Meldingen' });
    expect(within(section).getByText(/Meldingen zijn geblokkeerd voor Rugplan/)).toHaveTextContent(
      'De herinnering in de app en het agendabestand werken ook zonder.',
    );
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download het agendabestand' })).toBeEnabled();
  });

  test('a browser without notifications is told so', async () => {
    vi.unstubAllGlobals();
    await renderAppAt('/herinnering');
    const section = await screen.findByRole('region', { name: 'Meldingen' });
    expect(within(section).getByText(/Deze browser kan geen meldingen tonen/)).toBeInTheDocument();
  });

  test('an iPhone in Safari is told that notifications need Rugplan on the home screen', async () => {
    vi.unstubAllGlobals();
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1',
    );
    await renderAppAt('/herinnering');
    const section = await screen.findByRole('region', { name: 'Meldingen' });
    expect(within(section).getByText(/alleen als Rugplan op uw beginscherm staat/)).toBeInTheDocument();
  });

  test('a round falling due while the app is open: one tagged notification via the registration, and the badge', async () => {
    permission = 'granted';
    await appStore().write(records.planProgress, { currentStepId: 'stap-3-elleboogsteun' });
    // Due a moment from now (real timers run the notifier's timeout).
    await saveReminder({ state: 'on', nextDueAt: new Date(now.getTime() + 300).toISOString() });
    await renderAppAt('/');
    await screen.findByText('Volgende keer om 09:00 — nog 1 min');
    // The notifier has read the deadline and armed its timer once it has cleared the badge.
    await waitFor(() => expect(clearAppBadge).toHaveBeenCalled());
    expect(showNotification).not.toHaveBeenCalled();
    vi.setSystemTime(new Date(now.getTime() + 1000));
    await waitFor(() => expect(showNotification).toHaveBeenCalledTimes(1));
    expect(showNotification).toHaveBeenCalledWith('Tijd voor uw oefenronde', {
      body: 'Stap 3: Elleboogsteun. Tik om te beginnen.',
      tag: 'rugplan-round',
      renotify: true,
      lang: 'nl',
      icon: '/icons/icon-192.png',
      data: { url: '/stappenplan/stap-3-elleboogsteun' },
    });
    expect(setAppBadge).toHaveBeenCalledWith(1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' })).toBeInTheDocument();

    // A round done (a new deadline) clears the badge and takes the notification out of the tray.
    clearAppBadge.mockClear();
    shownClose.mockClear();
    await saveReminder({ state: 'on', nextDueAt: at('11:00').toISOString() });
    await waitFor(() => expect(clearAppBadge).toHaveBeenCalled());
    await waitFor(() => expect(shownClose).toHaveBeenCalled());
  });

  test('opening the app with a round already due shows the due screen, not a notification', async () => {
    permission = 'granted';
    await saveReminder({ state: 'on', nextDueAt: at('08:30').toISOString() });
    await renderAppAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' })).toBeInTheDocument();
    await waitFor(() => expect(setAppBadge).toHaveBeenCalledWith(1));
    expect(showNotification).not.toHaveBeenCalled();
  });
});
