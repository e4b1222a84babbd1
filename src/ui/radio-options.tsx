import { useId } from 'react';

export type RadioOptionsProps<T extends string> = {
  options: readonly T[];
  value: T | undefined;
  labelOf: (option: T) => string;
  onChange: (option: T) => void;
  /** The class of each option's <label>: the whole label is the target, styled by the feature. */
  optionClassName: string;
};

/** One choice out of a few, each a native radio inside its label (one group by a shared name). */
export function RadioOptions<T extends string>({
  options,
  value,
  labelOf,
  onChange,
  optionClassName,
}: RadioOptionsProps<T>) {
  const name = useId();
  return options.map((option) => (
    <label key={option} className={optionClassName}>
      <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
      <span>{labelOf(option)}</span>
    </label>
  ));
}
