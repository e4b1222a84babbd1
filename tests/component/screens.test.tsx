import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import plan from '../../content/nl/plan.json';
import warnings from '../../content/nl/warnings.json';
import exercises from '../../content/nl/exercises.json';
import syndromes from '../../content/nl/syndromes.json';
import advice from '../../content/nl/advice.json';
import { renderAppAt } from '../render';

describe('start page', () => {
  test('says what Rugplan is, leads into the plan and shows the disclaimer with a link to "Over deze app"', async () => {
    await renderAppAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rugplan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het stappenplan' })).toHaveAttribute('href', '/stappenplan');
    expect(screen.getByText(/geen vervanging van uw huisarts of fysiotherapeut/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Over deze app' })).toHaveAttribute('href', '/over-deze-app');
    expect(
      screen.getByText(/de meeste vormen van acute rugpijn weer verbeteren binnen een aantal weken/),
    ).toBeInTheDocument();
  });
});

describe('stappenplan overview', () => {
  test('lists the six steps in the leaflet order with label, kenmerk and dose', async () => {
    await renderAppAt('/stappenplan');
    await screen.findByRole('heading', { level: 1, name: 'Stappenplan' });
    const list = within(screen.getByRole('main')).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items.map((item) => within(item).getByRole('link').getAttribute('href'))).toEqual(
      plan.steps.map((s) => `/stappenplan/${s.id}`),
    );
    expect(items.map((item) => item.querySelector('.step-label')?.textContent)).toEqual([
      'Stap 1',
      'Stap 2a',
      'Stap 2b',
      'Stap 3',
      'Stap 4',
      'Opduwen aangepast',
    ]);
    plan.steps.forEach((step, index) => {
      const item = items[index]!;
      expect(within(item).getByText(step.kenmerk, { selector: '.step-kenmerk' })).toBeInTheDocument();
      expect(within(item).getByText(`Hoeveel: ${step.dose.summary}`)).toBeInTheDocument();
      expect(within(item).getByRole('img')).toBeInTheDocument();
    });
  });
});

describe('step page', () => {
  test('step 4 shows its picture, the full instructions, the dose and the way back to lying on the belly', async () => {
    const step = plan.steps.find((s) => s.id === 'stap-4-opduwen-in-buiklig')!;
    await renderAppAt(`/stappenplan/${step.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Stap 4: Opduwen in buiklig' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /duwt met gestrekte armen/ })).toBeInTheDocument();
    for (const paragraph of step.instructions) expect(screen.getByText(paragraph)).toBeInTheDocument();
    expect(screen.getByText(/Doe deze oefening 10 keer achter elkaar, om de twee uur/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Ga terug naar Stap 2a: Op de buik liggen/ })).toHaveAttribute(
      'href',
      '/stappenplan/stap-2a-op-de-buik-liggen',
    );
  });

  test('the pager walks through all six steps in order', async () => {
    const user = userEvent.setup();
    await renderAppAt(`/stappenplan/${plan.steps[0]!.id}`);
    const seen: string[] = [];
    for (let i = 0; i < plan.steps.length; i++) {
      seen.push((await screen.findByRole('heading', { level: 1 })).textContent ?? '');
      const next = screen.queryByRole('link', { name: /^Volgende:/ });
      if (next) await user.click(next);
    }
    expect(seen).toEqual(plan.steps.map((s) => `${s.label}: ${s.title}`));
  });

  test('an unknown step says so and links back to the plan', async () => {
    await renderAppAt('/stappenplan/stap-9');
    expect(await screen.findByText(/Deze stap bestaat niet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle stappen' })).toHaveAttribute('href', '/stappenplan');
  });
});

describe('aandachtspunten and advice', () => {
  test('shows both possibilities, the rules during the exercises and "En verder"', async () => {
    await renderAppAt('/aandachtspunten');
    expect(await screen.findByRole('heading', { level: 1, name: 'Aandachtspunten en advies' })).toBeInTheDocument();
    for (const possibility of warnings.aandachtspunten.possibilities) {
      expect(
        screen.getByRole('heading', { name: new RegExp(possibility.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }),
      ).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: /Naar de oefening: Opduwen aangepast/ })).toHaveAttribute(
      'href',
      '/stappenplan/opduwen-aangepast',
    );
    for (const rule of warnings.stopRules)
      expect(screen.getByRole('heading', { name: rule.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: advice.enVerder.title })).toBeInTheDocument();
    expect(screen.getByText(/Lopen en gaan is beter dan zitten en staan/)).toBeInTheDocument();
  });
});

describe('Over McKenzie', () => {
  test('explains the concept and the three syndromes without assigning one', async () => {
    await renderAppAt('/over-mckenzie');
    expect(await screen.findByRole('heading', { level: 1, name: 'Over McKenzie' })).toBeInTheDocument();
    for (const syndrome of syndromes.syndromes) {
      expect(
        screen.getByRole('heading', { level: 3, name: `${syndrome.number}. ${syndrome.name}` }),
      ).toBeInTheDocument();
    }
    expect(screen.getByText(/deze app stelt dat niet vast/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: advice.mckenzie.centralisatie.title })).toBeInTheDocument();
  });
});

describe('McKenzie exercises', () => {
  test('shows the seven exercises with pictures, marked as an overview beside the stappenplan', async () => {
    await renderAppAt('/mckenzie-oefeningen');
    expect(await screen.findByRole('heading', { level: 1, name: 'McKenzie-oefeningen' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Dit is een overzicht uit de folder. Uw zelfhulpplan is het stappenplan.',
    );
    for (const exercise of exercises.exercises) {
      const heading = screen.getByRole('heading', { level: 3, name: `Oefening ${exercise.number}` });
      const item = heading.closest('li')!;
      expect(within(item).getByRole('img')).toBeInTheDocument();
      for (const line of exercise.lines) expect(within(item).getByText(line)).toBeInTheDocument();
    }
  });
});

describe('alarm symptoms', () => {
  test('every group and every symptom is shown, each group with its action; 112 can be called', async () => {
    await renderAppAt('/alarmsignalen');
    expect(await screen.findByRole('heading', { level: 1, name: warnings.alarm.title })).toBeInTheDocument();
    for (const group of warnings.alarm.groups) {
      const region = screen.getByRole('region', { name: group.title });
      expect(within(region).getByText(group.action)).toBeInTheDocument();
      for (const symptom of group.symptoms)
        expect(within(region).getByText(symptom.text, { exact: false })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  });
});

describe('Over deze app', () => {
  test('lists every source and shows the version', async () => {
    await renderAppAt('/over-deze-app');
    expect(await screen.findByRole('heading', { level: 1, name: 'Over deze app' })).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: 'Bronnen' });
    expect(within(sources).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    expect(screen.getByText(/^Versie \d+\.\d+\.\d+, inhoud van \d+ \w+ \d{4}$/)).toBeInTheDocument();
  });
});

describe('navigation', () => {
  test('the bottom navigation and "Meer" reach every page, and mark where the user is', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    const visit = async (name: string, heading: string) => {
      await user.click(within(nav).getByRole('link', { name }));
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    };
    await visit('Stappenplan', 'Stappenplan');
    expect(within(nav).getByRole('link', { name: 'Stappenplan' })).toHaveAttribute('aria-current', 'page');
    await visit('Alarmsignalen', warnings.alarm.title);
    for (const [link, heading] of [
      ['Aandachtspunten en advies', 'Aandachtspunten en advies'],
      ['Over McKenzie', 'Over McKenzie'],
      ['McKenzie-oefeningen', 'McKenzie-oefeningen'],
      ['Over deze app', 'Over deze app'],
    ] as const) {
      await visit('Meer', 'Meer');
      await user.click(within(screen.getByRole('main')).getByRole('link', { name: link }));
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: 'Meer' })).toHaveAttribute('aria-current', 'page');
    }
    await visit('Start', 'Rugplan');
  });

  test('an unknown address shows a clear not-found page', async () => {
    await renderAppAt('/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeInTheDocument();
  });
});
