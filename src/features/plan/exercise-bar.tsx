import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import './exercise-bar.css';

export type ExerciseBarProps = {
  /** The current address: the running step's own page needs no way back to itself. */
  pathname: string;
};

/**
 * "Oefening loopt — terug": a slim bar on every page while an exercise runs or is paused, one tap
 * back to its step (a look at the diary or the alarm signs mid-hold must not lose the way back).
 * It shows no time of its own: the timer lives on the step's page and nothing here ticks. Part of
 * the shell, so it reads only the saved exercise; nothing of the plan loads for it.
 */
export function ExerciseBar({ pathname }: ExerciseBarProps) {
  const { t } = useTranslation();
  const { value: exercise, loaded } = useStored(records.activeExercise);
  if (!loaded || !exercise) return null;
  const stepPath = paths.step(exercise.stepId);
  if (pathname === stepPath) return null;
  return (
    <div className="exercise-bar">
      <Link to={stepPath} className="exercise-bar-link">
        {t(exercise.pausedAt ? 'exerciseBar.paused' : 'exerciseBar.running')}
      </Link>
    </div>
  );
}
