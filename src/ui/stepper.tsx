import { useId } from 'react';

export type StepperProps = {
  label: string;
  value: string;
  decreaseLabel: string;
  increaseLabel: string;
  canDecrease: boolean;
  canIncrease: boolean;
  onDecrease: () => void;
  onIncrease: () => void;
};

/** A value with large − and + buttons on either side: easier with one thumb than a slider. */
export function Stepper(props: StepperProps) {
  const labelId = useId();
  return (
    <div className="stepper" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="stepper-label">
        {props.label}
      </span>
      <button
        type="button"
        className="button stepper-button"
        aria-label={props.decreaseLabel}
        disabled={!props.canDecrease}
        onClick={props.onDecrease}
      >
        −
      </button>
      <output className="stepper-value" aria-live="polite">
        {props.value}
      </output>
      <button
        type="button"
        className="button stepper-button"
        aria-label={props.increaseLabel}
        disabled={!props.canIncrease}
        onClick={props.onIncrease}
      >
        +
      </button>
    </div>
  );
}
