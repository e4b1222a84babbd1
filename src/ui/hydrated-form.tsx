import type { FormHTMLAttributes } from 'react';
import { useHydrated } from './use-hydrated';

export type HydratedFormProps = FormHTMLAttributes<HTMLFormElement> & {
  /** Also hold the fields while the page's own data loads (e.g. a saved value to edit). */
  ready?: boolean;
};

/**
 * A form whose fields stay disabled in the prerendered HTML until React has taken the page over:
 * a tap or a submit before that would reach static HTML, where a submit reloads the page and loses
 * what was entered. Once hydrated (a moment later), everything works as usual.
 */
export function HydratedForm({ ready = true, children, ...props }: HydratedFormProps) {
  const hydrated = useHydrated();
  return (
    <form {...props}>
      <fieldset className="form-fields" disabled={!hydrated || !ready}>
        {children}
      </fieldset>
    </form>
  );
}
