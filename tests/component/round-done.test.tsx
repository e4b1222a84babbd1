import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import plan from '../../content/nl/plan.json';
import type { Plan, PlanStep } from '../../src/content/schema';
import { stepAfter } from '../../src/features/plan/plan-session';
import { RoundDone } from '../../src/features/plan/round-done';
import { renderWithProviders } from '../render';

const round = (stepId: string) => ({
  session: {
    id: 'r1',
    stepId,
    startedAt: '2026-11-30T09:00:00.000Z',
    finishedAt: '2026-11-30T09:03:00.000Z',
  },
  nextDueAt: new Date('2026-11-30T11:03:00.000Z'),
});

/** The round-done card for a step as the player shows it: next step and variant from the plan. */
async function doneFor(stepId: string) {
  const step = plan.steps.find((s) => s.id === stepId) as PlanStep;
  await renderWithProviders(
    <RoundDone
      round={round(stepId)}
      step={step}
      next={stepAfter(plan as Plan, stepId)}
      isVariant={step.variantOf !== undefined}
      onMoveOn={() => undefined}
      onStay={() => undefined}
    />,
  );
  return screen.findByRole('region', { name: 'Goed gedaan' });
}

describe('after a round: the plan is five steps and a variant', () => {
  test('step 3 offers step 4 as the next step', async () => {
    await doneFor('stap-3-elleboogsteun');
    expect(screen.getByRole('button', { name: 'Dit gaat goed: volgende stap (Stap 4)' })).toBeInTheDocument();
  });

  test('step 4 is the last step: no next step, and the card says so', async () => {
    const card = await doneFor('stap-4-opduwen-in-buiklig');
    expect(card).toHaveTextContent('Dit is de laatste stap van het stappenplan.');
    expect(screen.queryByRole('button', { name: /volgende stap/ })).not.toBeInTheDocument();
  });

  test('the variant is not "the last step": it says it is the alternative to step 4', async () => {
    const card = await doneFor('opduwen-aangepast');
    expect(card).toHaveTextContent('Dit is de variant van stap 4, voor pijn die meer opzij zit.');
    expect(card).not.toHaveTextContent('laatste stap');
    expect(screen.queryByRole('button', { name: /volgende stap/ })).not.toBeInTheDocument();
  });
});
