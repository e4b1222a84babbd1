import { useEffect, useId, useRef, useState } from 'react';

export type ConfirmQuestionProps = {
  /** The button that asks the question. */
  label: string;
  /** The question itself, read out when it appears. */
  question: string;
  /** The answer that acts. */
  yes: string;
  /** The answer that keeps everything as it is; it has focus. */
  no: string;
  /** How the acting answer looks: `danger` when it destroys something. */
  tone: 'primary' | 'danger';
  /** False until the page is hydrated: in the prerendered HTML a tap would do nothing. */
  enabled: boolean;
  /** Runs when the question opens (a page clears an older message there). */
  onAsk?: () => void;
  /** The action; the question stays, its answers disabled, until it has finished. */
  onYes: () => Promise<void> | void;
};

/**
 * A button whose action is asked once more, in place: for actions that cannot be undone or that
 * stop something. The question takes focus on its safe answer, so a screen reader reads it and
 * Enter keeps everything as it is.
 */
export function ConfirmQuestion({ label, question, yes, no, tone, enabled, onAsk, onYes }: ConfirmQuestionProps) {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const [acting, setActing] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepButton.current?.focus();
  }, [asking]);

  const answerYes = async () => {
    setActing(true);
    try {
      await onYes();
    } finally {
      // A page that replaces this question once the action is done has unmounted it by now.
      setActing(false);
      setAsking(false);
    }
  };

  if (!asking)
    return (
      <button
        type="button"
        className="button"
        disabled={!enabled}
        onClick={() => {
          onAsk?.();
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  return (
    <div role="alertdialog" aria-labelledby={questionId} className="notice notice-strong">
      <p id={questionId}>{question}</p>
      <div className="actions">
        <button type="button" className={`button button-${tone}`} disabled={acting} onClick={() => void answerYes()}>
          {yes}
        </button>
        <button type="button" className="button" ref={keepButton} disabled={acting} onClick={() => setAsking(false)}>
          {no}
        </button>
      </div>
    </div>
  );
}
