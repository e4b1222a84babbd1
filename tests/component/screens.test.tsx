import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import plan from '../../content/nl/plan.json';
import warnings from '../../content/nl/warnings.json';
import exercises from '../../content/nl/exercises.json';
import syndromes from '../../content/nl/syndromes.json';
import advice from '../../content/nl/advice.json';
import about from '../../content/nl/about.json';
import { renderAppAt } from '../render';

describe('start page', () => {
  test('says what Rugplan is, leads into the plan and shows the disclaimer with a link to "Over deze app"', async () => {
    await renderAppAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rugplan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het stappenplan' })).toHaveAttribute('href', '/stappenplan');
    expect(
      screen.getByText(
        'Algemene informatie, geen vervanging van uw huisarts of fysiotherapeut. Twijfelt u? Bel uw huisarts.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Over deze app' })).toHaveAttribute('href', '/over-deze-app');
    expect(screen.getByRole('link', { name: 'Alarmsignalen: wanneer moet u bellen?' })).toHaveAttribute(
      'href',
      '/alarmsignalen',
    );
    expect(
      screen.getByText(/de meeste vormen van acute rugpijn weer verbeteren binnen een aantal weken/),
    ).toBeInTheDocument();
  });
});

describe('stappenplan overview', () => {
  test('lists the five steps in order, then the adapted press-up as a variant, then what to expect', async () => {
    await renderAppAt('/stappenplan');
    await screen.findByRole('heading', { level: 1, name: 'Stappenplan' });
    expect(screen.getByText(/^Vijf stappen, in deze volgorde\./)).toBeInTheDocument();
    const [steps, variants] = within(screen.getByRole('main')).getAllByRole('list') as [HTMLElement, HTMLElement];
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.step-label')?.textContent)).toEqual([
      'Stap 1',
      'Stap 2a',
      'Stap 2b',
      'Stap 3',
      'Stap 4',
    ]);
    expect(items.map((item) => within(item).getByRole('link').getAttribute('href'))).toEqual(
      plan.steps.slice(0, 5).map((s) => `/stappenplan/${s.id}`),
    );
    const variantSection = screen.getByRole('region', { name: 'Variant bij stap 4' });
    expect(variantSection).toContainElement(variants);
    const variant = within(variants).getByRole('listitem');
    expect(within(variant).getByRole('link')).toHaveAttribute('href', '/stappenplan/opduwen-aangepast');
    expect(variant.querySelector('.step-label')?.textContent).toBe('Variant');
    plan.steps.forEach((step, index) => {
      const item = [...items, variant][index]!;
      expect(within(item).getByText(`Hoeveel: ${step.dose.summary}`)).toBeInTheDocument();
      expect(within(item).getByRole('img')).toBeInTheDocument();
      // "Liggen / Liggen": a kenmerk equal to the title is not shown a second time.
      expect(item.querySelector('.step-kenmerk')?.textContent).toBe(
        step.kenmerk === step.title ? undefined : step.kenmerk,
      );
    });
    expect(screen.getByRole('heading', { name: about.course.title })).toBeInTheDocument();
    expect(screen.getByText(about.course.paragraphs[1]!)).toBeInTheDocument();
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
    const note = screen.getByRole('region', { name: 'Wanneer stoppen?' });
    expect(note).toHaveTextContent('Pijn midden in de rug mag tijdens het opduwen even toenemen.');
    expect(note).toHaveTextContent('Stop dan en ga terug naar stap 2a: op de buik liggen.');
    expect(note).toHaveTextContent('Bron: McKenzie, Treat Your Own Back');
    expect(screen.queryByRole('link', { name: /^Volgende:/ })).not.toBeInTheDocument();
  });

  test('the pager walks through the five steps and stops at step 4', async () => {
    const user = userEvent.setup();
    await renderAppAt(`/stappenplan/${plan.steps[0]!.id}`);
    const seen: string[] = [];
    for (;;) {
      seen.push((await screen.findByRole('heading', { level: 1 })).textContent ?? '');
      const next = screen.queryByRole('link', { name: /^Volgende:/ });
      if (!next) break;
      await user.click(next);
    }
    expect(seen).toEqual(plan.steps.slice(0, 5).map((s) => `${s.label}: ${s.title}`));
  });

  test('the variant page names itself once, leads with "Voor als…" and links back to step 4', async () => {
    await renderAppAt('/stappenplan/opduwen-aangepast');
    expect(await screen.findByRole('heading', { level: 1, name: 'Variant: Opduwen aangepast' })).toBeInTheDocument();
    expect(screen.getByText(/^Voor als de pijn niet in het midden van de rug zit/)).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Alle stappen' });
    expect(within(pager).queryByRole('link', { name: /^Vorige:|^Volgende:/ })).not.toBeInTheDocument();
    expect(within(pager).getByRole('link', { name: 'Terug naar Stap 4' })).toHaveAttribute(
      'href',
      '/stappenplan/stap-4-opduwen-in-buiklig',
    );
    expect(screen.queryByText('Kenmerk')).not.toBeInTheDocument();
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
    const selfCare = screen.getByRole('region', { name: 'Wat u verder zelf kunt doen' });
    for (const part of advice.selfCare) {
      expect(within(selfCare).getByRole('heading', { name: part.title })).toBeInTheDocument();
      for (const paragraph of part.paragraphs) expect(within(selfCare).getByText(paragraph)).toBeInTheDocument();
    }
    const afterRecovery = screen.getByRole('region', { name: advice.afterRecovery.title });
    expect(afterRecovery).toHaveAttribute('id', 'na-herstel');
    expect(afterRecovery).toHaveTextContent('Bron: Steffens e.a. 2016');
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
    // The page opens with the plain-words lead, before the leaflet's text.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('In gewone woorden');
    expect(headings.indexOf('In gewone woorden')).toBeLessThan(headings.indexOf(advice.mckenzie.concept.title));
    expect(screen.getByRole('heading', { level: 3, name: 'In gewone woorden' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: advice.mckenzie.centralisatie.title })).toBeInTheDocument();
  });
});

describe('McKenzie exercises', () => {
  test('shows the seven exercises with pictures, marked as an overview beside the stappenplan', async () => {
    await renderAppAt('/mckenzie-oefeningen');
    expect(await screen.findByRole('heading', { level: 1, name: 'McKenzie-oefeningen' })).toBeInTheDocument();
    expect(screen.getAllByRole('note')[0]).toHaveTextContent(
      'Dit is een overzicht uit de folder. Uw zelfhulpplan is het stappenplan.',
    );
    for (const exercise of exercises.exercises) {
      const heading = screen.getByRole('heading', { level: 3, name: `Oefening ${exercise.number}` });
      const item = heading.closest('li')!;
      expect(within(item).getByRole('img')).toBeInTheDocument();
      for (const line of exercise.lines) expect(within(item).getByText(line)).toBeInTheDocument();
      // Bending forward (5–7) is not part of the plan: only with a physiotherapist's agreement.
      const note = within(item).queryByRole('note');
      if (exercise.direction === 'flexion') expect(note).toHaveTextContent(exercises.flexionNote.paragraphs[0]!);
      else expect(note).not.toBeInTheDocument();
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
