/**
 * The shape of the stappenplan as the screens need it: five steps in order, and a variant beside
 * step 4 (the adapted press-up, for pain to one side after two days) that no step leads on to.
 * Pure functions on the typed content; every screen that names or orders steps uses these, so the
 * overview, the pager, the "next step" offer and the "last step" message cannot disagree.
 */
import type { Plan, PlanStep } from './schema';

/** The steps in order (1, 2a, 2b, 3, 4), without variants. */
export function sequenceSteps(plan: Plan): PlanStep[] {
  return plan.steps.filter((step) => step.variantOf === undefined);
}

/** The variants (the adapted press-up), each an alternative for the step named in `variantOf`. */
export function variantSteps(plan: Plan): PlanStep[] {
  return plan.steps.filter((step) => step.variantOf !== undefined);
}

/** The step after this one in the sequence; none after step 4, and none after a variant. */
export function nextStepOf(plan: Plan, stepId: string): PlanStep | undefined {
  const steps = sequenceSteps(plan);
  const index = steps.findIndex((s) => s.id === stepId);
  return index >= 0 ? steps[index + 1] : undefined;
}

/** The step before this one in the sequence; none before step 1, and none before a variant. */
export function previousStepOf(plan: Plan, stepId: string): PlanStep | undefined {
  const steps = sequenceSteps(plan);
  const index = steps.findIndex((s) => s.id === stepId);
  return index > 0 ? steps[index - 1] : undefined;
}

/** "Stap 3: Elleboogsteun"; a label equal to its title is said once. */
export function stepName(step: Pick<PlanStep, 'label' | 'title'>): string {
  return sameText(step.label, step.title) ? step.title : `${step.label}: ${step.title}`;
}

/** The leaflet's "Kenmerk" is shown only where it adds something to the title. */
export function showsKenmerk(step: Pick<PlanStep, 'kenmerk' | 'title'>): boolean {
  return !sameText(step.kenmerk, step.title);
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
