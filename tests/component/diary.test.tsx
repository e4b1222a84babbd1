import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import advice from '../../content/nl/advice.json';
import about from '../../content/nl/about.json';
import warnings from '../../content/nl/warnings.json';
import { appStore, setAppStore } from '../../src/storage/app-store';
import { createRecordStore } from '../../src/storage/record-store';
import { records, type DiaryEntry, type Session } from '../../src/storage/records';
import { renderAppAt } from '../render';

/** The form's fields wait for the saved diary (the last place is chosen for the user): wait too. */
async function saveButton(): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name: 'Opslaan' });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

const entry = (id: string, overrides: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id,
  at: '2025-03-01T12:00:00.000Z',
  pain: 6,
  location: 'bil',
  moment: 'any',
  ...overrides,
});
const session = (id: string, startedAt: string): Session => ({
  id,
  stepId: 'stap-3-elleboogsteun',
  startedAt,
  finishedAt: new Date(Date.parse(startedAt) + 5 * 60_000).toISOString(),
});

afterEach(() => {
  vi.useRealTimers();
});

describe('logging pain', () => {
  test('eleven pain targets with the anchors; what was tapped is what is stored', async () => {
    const user = userEvent.setup();
    await renderAppAt('/dagboek/noteren');
    await screen.findByRole('heading', { level: 1, name: 'Pijn noteren' });
    const scale = screen.getByRole('group', { name: 'Hoeveel pijn heeft u nu?' });
    expect(within(scale).getAllByRole('radio')).toHaveLength(11);
    expect(within(scale).getByRole('radio', { name: '0, geen pijn' })).toBeInTheDocument();
    expect(within(scale).getByRole('radio', { name: '10, ergst denkbare pijn' })).toBeInTheDocument();
    const places = screen.getByRole('group', { name: 'Tot waar reikt de pijn?' });
    expect(
      within(places)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([
      'Midden van de onderrug',
      'Eén kant van de rug',
      'Bil',
      'Bovenbeen',
      'Onderbeen (onder de knie)',
      'Voet',
    ]);

    await user.click(await saveButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Kies eerst hoeveel pijn u heeft.');
    expect(await appStore().read(records.diary)).toEqual([]);

    await user.click(within(scale).getByRole('radio', { name: '7' }));
    await user.click(within(places).getByRole('radio', { name: 'Bovenbeen' }));
    expect(within(places).getByRole('img')).toHaveAccessibleName(
      'Rug en benen van achteren gezien. Gekleurd: de pijn reikt tot bovenbeen.',
    );
    await user.type(screen.getByLabelText('Notitie (mag leeg blijven)'), 'na het opstaan');
    await user.click(await saveButton());

    expect(await screen.findByRole('status')).toHaveTextContent(/Opgeslagen om .*: pijn 7, bovenbeen\./);
    const saved = await appStore().read(records.diary);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ pain: 7, location: 'bovenbeen', moment: 'any', note: 'na het opstaan' });
  });

  test('the place logged last is chosen already, so one tap and save is enough', async () => {
    const user = userEvent.setup();
    await appStore().write(records.diary, [entry('old', { location: 'een-kant' })]);
    await renderAppAt('/dagboek/voor/stap-3-elleboogsteun');
    await screen.findByRole('heading', { level: 1, name: 'Pijn vóór de oefening' });
    await vi.waitFor(() => expect(screen.getByRole('radio', { name: 'Eén kant van de rug' })).toBeChecked());
    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.click(await saveButton());
    expect(await screen.findByRole('link', { name: 'Naar de oefening' })).toHaveAttribute(
      'href',
      '/stappenplan/stap-3-elleboogsteun',
    );
    const saved = await appStore().read(records.diary);
    expect(saved[1]).toMatchObject({ pain: 4, location: 'een-kant', moment: 'before' });
  });
});

describe('after a round: what the leaflet says', () => {
  const now = Date.now();
  const started = new Date(now - 10 * 60_000).toISOString();
  const before = entry('before', { at: new Date(now - 12 * 60_000).toISOString(), moment: 'before', pain: 5 });

  async function logAfter(
    pain: string,
    place: string,
    earlier: { sessions?: Session[]; diary?: DiaryEntry[]; stepId?: string } = {},
  ) {
    const user = userEvent.setup();
    const round = { ...session('s1', started), ...(earlier.stepId ? { stepId: earlier.stepId } : {}) };
    await appStore().write(records.sessions, [...(earlier.sessions ?? []), round]);
    await appStore().write(records.diary, [...(earlier.diary ?? []), before]);
    await renderAppAt('/dagboek/na?ronde=s1');
    await screen.findByRole('heading', { level: 1, name: 'Pijn na de oefening' });
    await user.click(screen.getByRole('radio', { name: pain }));
    await user.click(screen.getByRole('radio', { name: place }));
    await user.click(await saveButton());
    return screen.findByRole('region', { name: 'Wat de folder zegt' });
  }

  /** The big buttons and button-links of the page, in screen order. */
  const actions = () =>
    [...screen.getByRole('main').querySelectorAll<HTMLElement>('a.button, button.button')].map((el) => ({
      name: el.textContent,
      href: el.getAttribute('href'),
      large: el.classList.contains('button-large'),
    }));

  test('pain further into the leg: the values side by side and the leaflet rule; the step back to 2a is the first and largest action', async () => {
    const card = await logAfter('5', 'Onderbeen (onder de knie)');
    expect(card).toHaveTextContent(
      'Uw waarden: vóór de oefening pijn 5, bil; na de oefening pijn 5, onderbeen (onder de knie).',
    );
    expect(card).toHaveTextContent(warnings.stopRules[0]!.paragraphs[0]!);
    expect(card).toHaveTextContent(warnings.stopRules[1]!.paragraphs[0]!);
    expect(actions()[0]).toEqual({
      name: 'Terug naar stap 2a: op de buik liggen',
      href: '/stappenplan/stap-2a-op-de-buik-liggen',
      large: true,
    });
    expect(actions().filter((a) => a.large)).toHaveLength(1);
    // Never "back to the exercise" or the step just done.
    expect(screen.queryByRole('link', { name: 'Naar de oefening' })).not.toBeInTheDocument();
    expect(actions().map((a) => a.href)).not.toContain('/stappenplan/stap-3-elleboogsteun');
    expect(card).not.toHaveTextContent(about.centralisationFacts.title);
    const stored = await appStore().read(records.diary);
    expect(stored.find((e) => e.moment === 'after')).toMatchObject({ sessionId: 's1', location: 'onderbeen' });
  });

  test('clearly more pain in the same place: the step back comes first too', async () => {
    await logAfter('8', 'Bil');
    expect(actions()[0]).toMatchObject({ name: 'Terug naar stap 2a: op de buik liggen', large: true });
    expect(screen.queryByRole('link', { name: 'Naar de oefening' })).not.toBeInTheDocument();
  });

  test('after step 2b the step back is step 2a, never step 2b itself', async () => {
    await logAfter('5', 'Voet', { stepId: 'stap-2b-ontspannen' });
    expect(actions()[0]).toEqual({
      name: 'Terug naar stap 2a: op de buik liggen',
      href: '/stappenplan/stap-2a-op-de-buik-liggen',
      large: true,
    });
  });

  test('a round that went as before keeps "Naar de oefening" as the first action', async () => {
    await logAfter('5', 'Bil');
    expect(actions()[0]).toMatchObject({ name: 'Naar de oefening', href: '/stappenplan/stap-3-elleboogsteun' });
  });

  test('pain towards the middle: what centralisation means, and no stop rule', async () => {
    const card = await logAfter('4', 'Eén kant van de rug');
    expect(within(card).getByRole('heading', { name: about.centralisationFacts.title })).toBeInTheDocument();
    expect(card).not.toHaveTextContent(warnings.stopRules[1]!.paragraphs[0]!);
    expect(card).toHaveTextContent('Dit is informatie, geen oordeel over uw klachten.');
  });

  test('a later round towards the middle gets a link to the research, not the long text again', async () => {
    const earlierStart = new Date(now - 5 * 60 * 60_000).toISOString();
    const earlierSession = session('s0', earlierStart);
    const earlierEnd = Date.parse(earlierSession.finishedAt);
    const card = await logAfter('4', 'Eén kant van de rug', {
      sessions: [earlierSession],
      diary: [
        entry('b0', { at: new Date(earlierEnd - 20 * 60_000).toISOString(), moment: 'before', location: 'bovenbeen' }),
        entry('a0', {
          at: new Date(earlierEnd + 60_000).toISOString(),
          moment: 'after',
          location: 'bil',
          sessionId: 's0',
        }),
      ],
    });
    expect(card).toHaveTextContent('U noteerde dat de pijn na de oefening minder ver reikt');
    expect(within(card).queryByRole('heading', { name: about.centralisationFacts.title })).not.toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /Lees het bij Over McKenzie/ })).toHaveAttribute(
      'href',
      '/over-mckenzie',
    );
  });
});

describe('the diary page', () => {
  const entries = [
    entry('a', { at: '2025-03-01T08:00:00.000Z', pain: 7, location: 'bovenbeen', moment: 'before' }),
    entry('b', { at: '2025-03-01T10:00:00.000Z', pain: 5, location: 'bil', moment: 'after', note: 'beter' }),
    entry('c', { at: '2025-03-02T12:00:00.000Z', pain: 3, location: 'midden' }),
  ];

  test('entries by day, newest day first', async () => {
    await appStore().write(records.diary, entries);
    await renderAppAt('/dagboek');
    const days = await screen.findAllByRole('region', { name: /maart 2025/ });
    expect(days.map((d) => within(d).getByRole('heading').textContent)).toEqual([
      'zondag 2 maart 2025',
      'zaterdag 1 maart 2025',
    ]);
    expect(within(days[1]!).getAllByRole('listitem')).toHaveLength(2);
    expect(days[1]).toHaveTextContent(/pijn 7, bovenbeen/);
  });

  test('the chart is hidden from screen readers; a real table holds the same values', async () => {
    await appStore().write(records.diary, entries);
    const { container } = await renderAppAt('/dagboek');
    const table = await screen.findByRole('table', { name: 'Alle waarden, oudste eerst' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['7', 'Bovenbeen', 'vóór de oefening', ''],
      ['5', 'Bil', 'na de oefening', 'beter'],
      ['3', 'Midden van de onderrug', 'tussendoor', ''],
    ]);
    const svg = container.querySelector('.chart-svg');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg?.querySelectorAll('circle')).toHaveLength(3);
    expect(screen.getByRole('figure', { name: 'Pijn en plek over de dagen' })).toContainElement(table);
  });
});

describe('the two-day review', () => {
  const first = '2025-03-01T08:00:00.000Z';
  const seed = async () => {
    await appStore().write(records.sessions, [session('s1', first), session('s2', '2025-03-03T06:00:00.000Z')]);
    await appStore().write(records.diary, [
      entry('first', { at: '2025-03-01T07:55:00.000Z', pain: 8, location: 'onderbeen' }),
      entry('mid', { at: '2025-03-02T07:55:00.000Z', pain: 6, location: 'bil' }),
      entry('latest', { at: '2025-03-03T06:10:00.000Z', pain: 4, location: 'een-kant' }),
    ]);
  };

  test('not before 48 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-03T07:59:00.000Z'));
    await seed();
    await renderAppAt('/');
    await screen.findByRole('heading', { name: 'Pijndagboek' });
    expect(screen.queryByTestId('two-day-review')).not.toBeInTheDocument();
  });

  test('after 48 hours: the leaflet aandachtspunten beside the first and latest values; "doorgaan" puts it away for a day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-03T08:00:00.000Z'));
    await seed();
    const user = userEvent.setup();
    await renderAppAt('/');
    const review = await screen.findByTestId('two-day-review');
    expect(within(review).getByRole('heading', { name: 'Twee dagen verder' })).toBeInTheDocument();
    const [firstValue, latestValue] = await within(review).findAllByRole('definition');
    expect(firstValue).toHaveTextContent(/^pijn 8, onderbeen \(onder de knie\)/);
    expect(latestValue).toHaveTextContent(/^pijn 4, één kant van de rug/);
    expect(
      within(review)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Eerste', 'Laatste']);
    expect(review).toHaveTextContent(warnings.aandachtspunten.paragraphs[0]!);
    for (const possibility of warnings.aandachtspunten.possibilities)
      expect(review).toHaveTextContent(possibility.title);
    expect(within(review).getByRole('link', { name: 'Naar Opduwen aangepast' })).toHaveAttribute(
      'href',
      '/stappenplan/opduwen-aangepast',
    );
    expect(review).toHaveTextContent(advice.enVerder.paragraphs[1]!);

    await user.click(within(review).getByRole('button', { name: 'Gaat goed: doorgaan' }));
    await vi.waitFor(() => expect(screen.queryByTestId('two-day-review')).not.toBeInTheDocument());
    expect((await appStore().read(records.diaryReview)).dismissedAt).toBe('2025-03-03T08:00:00.000Z');
  });

  test('"En verder" on the start page after the first day, until read', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-02T09:00:00.000Z'));
    await appStore().write(records.sessions, [session('s1', first)]);
    const user = userEvent.setup();
    await renderAppAt('/');
    const card = await screen.findByRole('region', { name: advice.enVerder.title });
    expect(card).toHaveTextContent(advice.enVerder.paragraphs[0]!);
    await user.click(within(card).getByRole('button', { name: 'Gelezen' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: advice.enVerder.title })).not.toBeInTheDocument(),
    );
  });
});

describe('your data', () => {
  test('deleting everything asks first; "Nee" keeps it, "Ja" deletes it', async () => {
    const user = userEvent.setup();
    await appStore().write(records.diary, [entry('a')]);
    await renderAppAt('/dagboek/gegevens');
    await user.click(await screen.findByRole('button', { name: 'Alles wissen …' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Dit kan niet ongedaan worden.');
    expect(within(dialog).getByRole('button', { name: 'Nee, bewaren' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Nee, bewaren' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await appStore().read(records.diary)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Alles wissen …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, wis alles' }));
    expect(await screen.findByText('Alles is gewist.')).toBeInTheDocument();
    expect(await appStore().read(records.diary)).toEqual([]);
    expect(await appStore().exportAll()).toEqual({});
  });

  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
  const backup = (diary: unknown[]) =>
    JSON.stringify({
      format: 'rugplan-backup',
      backupVersion: 1,
      exportedAt: '2025-03-04T00:00:00.000Z',
      records: { diary: { version: 1, savedAt: '2025-03-04T00:00:00.000Z', data: diary } },
    });

  test.each([
    ['not JSON', 'pijn;6', 'Dit is geen reservekopie van Rugplan: het bestand is geen JSON, of het is beschadigd.'],
    ['empty', '', 'Het bestand is leeg.'],
    [
      'pain 12',
      backup([entry('x', { pain: 12 })]),
      'Waarde 1 in de reservekopie klopt niet: de pijn moet een heel getal van 0 tot 10 zijn.',
    ],
    ['an array', '[]', 'Dit is geen reservekopie van Rugplan.'],
  ])('a bad file (%s) gets a clear message and changes nothing', async (_name, text, message) => {
    const user = userEvent.setup();
    await appStore().write(records.diary, [entry('kept')]);
    await renderAppAt('/dagboek/gegevens');
    await user.upload(await screen.findByLabelText('Kies een reservekopie (.json)'), file('bad.json', text));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText('Dit bestand is niet teruggezet. Er is niets veranderd.')).toBeInTheDocument();
    expect(await appStore().read(records.diary)).toEqual([entry('kept')]);
  });

  test('a good backup adds what is new and says how many were already there', async () => {
    const user = userEvent.setup();
    await appStore().write(records.diary, [entry('a')]);
    await renderAppAt('/dagboek/gegevens');
    const text = backup([
      entry('a'),
      entry('b', { at: '2025-03-02T12:00:00.000Z' }),
      entry('c', { at: '2025-03-03T12:00:00.000Z' }),
    ]);
    await user.upload(await screen.findByLabelText('Kies een reservekopie (.json)'), file('rugplan.json', text));
    expect(await screen.findByText('2 waarden toegevoegd aan uw dagboek.')).toBeInTheDocument();
    expect(screen.getByText('1 waarde stond er al en is overgeslagen.')).toBeInTheDocument();
    expect((await appStore().read(records.diary)).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  test('a backup with nothing new says so in words, not "0 waarden toegevoegd"', async () => {
    const user = userEvent.setup();
    await appStore().write(records.diary, [entry('a')]);
    await renderAppAt('/dagboek/gegevens');
    await user.upload(
      await screen.findByLabelText('Kies een reservekopie (.json)'),
      file('rugplan.json', backup([entry('a')])),
    );
    expect(
      await screen.findByText('Alles uit deze reservekopie stond al in uw dagboek. Er is niets dubbel gezet.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^0 /)).not.toBeInTheDocument();
    expect(screen.queryByText(/er al en (is|zijn) overgeslagen/)).not.toBeInTheDocument();
  });

  test('the message about a refused file goes once the user does something else', async () => {
    const user = userEvent.setup();
    await renderAppAt('/dagboek/gegevens');
    await user.upload(await screen.findByLabelText('Kies een reservekopie (.json)'), file('bad.json', '[]'));
    expect(await screen.findByText('Dit is geen reservekopie van Rugplan.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Alles wissen …' }));
    expect(screen.queryByText('Dit is geen reservekopie van Rugplan.')).not.toBeInTheDocument();
    expect(screen.queryByText('Dit bestand is niet teruggezet. Er is niets veranderd.')).not.toBeInTheDocument();
  });
});

describe('the storage banner', () => {
  test('one bad diary entry: the rest shows, and the user is told it was set aside', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('rugplan');
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onsuccess = () => {
        const tx = request.result.transaction('records', 'readwrite');
        tx.objectStore('records').put(
          { version: 1, savedAt: '2025-03-01T00:00:00.000Z', data: [entry('good'), { ...entry('bad'), pain: 99 }] },
          'diary',
        );
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onabort = () => reject(tx.error);
      };
    });
    setAppStore(createRecordStore({ indexedDB: factory, channelName: `banner-${Math.random()}` }));
    await renderAppAt('/dagboek');
    expect(await screen.findByText(/1 waarde in uw gegevens kon niet worden gelezen/)).toBeInTheDocument();
    expect(await screen.findByRole('table')).toHaveTextContent('Bil');
    expect(screen.getByRole('link', { name: 'Uw gegevens' })).toHaveAttribute('href', '/dagboek/gegevens');
  });

  test('saving off: the banner says so', async () => {
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException('private mode', 'InvalidStateError');
    };
    setAppStore(createRecordStore({ indexedDB: refusing, channelName: `off-${Math.random()}` }));
    await renderAppAt('/');
    expect(await screen.findByText(/Opslaan lukt nu niet op deze telefoon/)).toBeInTheDocument();
    await act(async () => undefined);
  });
});
