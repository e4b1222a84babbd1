export type TimerFaceProps = {
  /** Big text in the middle, e.g. "2:05" or "3 van 10". */
  value: string;
  /** What the value is, for screen readers ("Tijd over"). */
  label: string;
  /** 0..1 of the ring that is filled. */
  progress: number;
  paused?: boolean;
  /**
   * The ring fills in a few large steps (repetitions), each glides briefly. A time ring moves a
   * sliver once a second, without a transition: animating it would redraw it on every frame.
   */
  counting?: boolean;
};

/** A large, calm timer: a ring that fills up and the figure in the middle, readable at arm's length. */
export function TimerFace({ value, label, progress, paused, counting }: TimerFaceProps) {
  const radius = 54;
  const circumference = 2 * Math.PI * radius;
  const filled = Math.min(1, Math.max(0, progress)) * circumference;
  const classes = ['timer-face', paused && 'timer-paused', counting && 'timer-counting'].filter(Boolean);
  return (
    <div className={classes.join(' ')}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle className="timer-track" cx="60" cy="60" r={radius} />
        <circle
          className="timer-fill"
          cx="60"
          cy="60"
          r={radius}
          strokeDasharray={`${filled} ${circumference}`}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <p className="timer-value">
        <span className="visually-hidden">{label}: </span>
        <span>{value}</span>
      </p>
    </div>
  );
}
