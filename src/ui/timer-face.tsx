export type TimerFaceProps = {
  /** Big text in the middle, e.g. "2:05" or "3 van 10". */
  value: string;
  /** What the value is, for screen readers ("Tijd over"). */
  label: string;
  /** 0..1 of the ring that is filled. */
  progress: number;
  paused?: boolean;
};

/** A large, calm timer: a ring that fills up and the figure in the middle, readable at arm's length. */
export function TimerFace({ value, label, progress, paused }: TimerFaceProps) {
  const radius = 54;
  const circumference = 2 * Math.PI * radius;
  const filled = Math.min(1, Math.max(0, progress)) * circumference;
  return (
    <div className={paused ? 'timer-face timer-paused' : 'timer-face'}>
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
