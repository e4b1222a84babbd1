import { ACCENT, BODY, LEG, MUTED, STROKE, VIEW_W, circle, line, polyline, type Point } from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

/** The body's long axis: head, shoulders and feet stay on it, only the pelvis leaves it. */
const AXIS_Y = 80;
const HEAD_X = 204;
const SHOULDER_X = HEAD_X - BODY.neck;
/** Seen from above, the raised trunk looks a little shorter than it is. */
const TRUNK = 38;
const PELVIS_X = SHOULDER_X - TRUNK;
/** How far the pelvis is shifted off the axis. */
const SHIFT = 13;
const HALF_PELVIS = BODY.halfHips + 2;
const FEET_APART = 7;
/** The side of the pain is marked in the app's warning colour: a small burst, the common sign for pain. */
const PAIN = 'var(--danger, #a11d1d)';

/**
 * The adapted press-up seen from above (head to the right): the pelvis is shifted sideways,
 * away from the side of the pain, while shoulders and feet stay in line. Three marks teach it: a
 * burst on the side of the pain, a dashed outline where the pelvis was (on the line of the body),
 * and an arrow from there to where it goes.
 *
 * The person lies face down with the head to the right, so their right side is at the bottom of
 * the picture: pain on the left moves the pelvis down, pain on the right moves it up.
 */
export function PronePressUpShifted({ title, className, side = 'left' }: PictureDrawingProps) {
  const away = side === 'left' ? 1 : -1;
  const pelvisY = AXIS_Y + away * SHIFT;
  return (
    <PictureFrame title={title} className={className} viewBox={`0 20 ${VIEW_W} 120`}>
      <MatAndAxis />
      <ShiftedFigure pelvisY={pelvisY} />
      <ShiftArrow away={away} pelvisY={pelvisY} />
      <PainBurst away={away} />
    </PictureFrame>
  );
}

/** The mat, the dashed line of the body, and the dashed outline where the pelvis was. */
function MatAndAxis() {
  return (
    <>
      <rect
        data-part="mat"
        x={10}
        y={AXIS_Y - 54}
        width={220}
        height={108}
        rx={10}
        stroke="none"
        style={{ fill: MUTED, opacity: 0.16 }}
      />
      <line
        data-part="axis"
        x1={18}
        y1={AXIS_Y}
        x2={222}
        y2={AXIS_Y}
        strokeWidth={STROKE / 3}
        strokeDasharray="6 6"
        style={{ stroke: MUTED }}
      />
      <rect
        data-part="pelvis-before"
        x={PELVIS_X - 4}
        y={AXIS_Y - HALF_PELVIS - STROKE / 2}
        width={16}
        height={2 * HALF_PELVIS + STROKE}
        rx={7}
        strokeWidth={STROKE / 3}
        strokeDasharray="3 3"
        style={{ stroke: MUTED }}
      />
    </>
  );
}

/** The person from above, the pelvis at `pelvisY`: head, shoulders and feet on the axis. */
function ShiftedFigure({ pelvisY }: { pelvisY: number }) {
  const halfShoulders = BODY.halfShoulders;
  // The trunk from above: shoulders on the axis, curving sideways into the shifted pelvis.
  const bendX = (SHOULDER_X - PELVIS_X) * 0.5;
  const trunk = [
    `M${SHOULDER_X},${AXIS_Y - halfShoulders}`,
    `C${SHOULDER_X - bendX},${AXIS_Y - halfShoulders} ${PELVIS_X + bendX},${pelvisY - HALF_PELVIS} ${PELVIS_X},${pelvisY - HALF_PELVIS}`,
    `L${PELVIS_X},${pelvisY + HALF_PELVIS}`,
    `C${PELVIS_X + bendX},${pelvisY + HALF_PELVIS} ${SHOULDER_X - bendX},${AXIS_Y + halfShoulders} ${SHOULDER_X},${AXIS_Y + halfShoulders}`,
    'Z',
  ].join(' ');
  const legs = [-1, 1].map((s) => {
    const hip: Point = [PELVIS_X, pelvisY + s * BODY.halfHips];
    const footY = AXIS_Y + s * FEET_APART;
    const ankle: Point = [PELVIS_X - Math.sqrt(LEG ** 2 - (hip[1] - footY) ** 2), footY];
    return { hip, ankle };
  });
  const arms = [-1, 1].map((s) => {
    const shoulder: Point = [SHOULDER_X - 2, AXIS_Y + s * halfShoulders];
    // Straight arms seen from above: short, the hands flat on the floor beside the shoulders.
    const wrist: Point = [SHOULDER_X + 8, AXIS_Y + s * (halfShoulders + 6)];
    return { shoulder, wrist };
  });
  return (
    <g data-part="figure">
      {legs.map(({ hip, ankle }, i) => (
        <g key={i}>{polyline([hip, ankle, [ankle[0] - BODY.foot * 0.6, ankle[1]]], { part: 'leg' })}</g>
      ))}
      {arms.map(({ shoulder, wrist }, i) => (
        <g key={i}>{polyline([shoulder, wrist, [wrist[0] + BODY.hand, wrist[1]]], { part: 'arm' })}</g>
      ))}
      <path data-part="torso" d={trunk} style={{ fill: 'currentColor' }} />
      {line([SHOULDER_X, AXIS_Y], [HEAD_X - BODY.headR, AXIS_Y], { part: 'neck' })}
      {circle([HEAD_X, AXIS_Y], BODY.headR, { fill: 'currentColor', part: 'head' })}
      <rect
        data-part="pelvis"
        data-x={PELVIS_X}
        data-y={pelvisY}
        x={PELVIS_X - 4}
        y={pelvisY - HALF_PELVIS - STROKE / 2}
        width={16}
        height={2 * HALF_PELVIS + STROKE}
        rx={7}
        stroke="none"
        style={{ fill: ACCENT }}
      />
    </g>
  );
}

type Away = { away: 1 | -1 };

/**
 * An arrow behind the pelvis, from its place on the line of the body to where it goes:
 * "shift the pelvis this way, as far as you can". Long and thick enough to read at 120 px.
 */
function ShiftArrow({ away, pelvisY }: Away & { pelvisY: number }) {
  const arrowX = PELVIS_X - 14;
  const arrowFrom = AXIS_Y - away * 4;
  const arrowTo = pelvisY + away * (HALF_PELVIS + 4);
  return (
    <g data-part="shift-arrow" style={{ stroke: ACCENT }}>
      {polyline([
        [arrowX, arrowFrom],
        [arrowX, arrowTo],
      ])}
      {polyline([
        [arrowX - 6, arrowTo - away * 6],
        [arrowX, arrowTo],
        [arrowX + 6, arrowTo - away * 6],
      ])}
    </g>
  );
}

/** The pain: a small burst on the side the pelvis moves away from, at the small of the back. */
function PainBurst({ away }: Away) {
  const pain: Point = [PELVIS_X + 22, AXIS_Y - away * (HALF_PELVIS + 12)];
  const rays = [-90, -30, 30, 90, 150, 210].map((angle) => {
    const r = (angle * Math.PI) / 180;
    const dir = [Math.cos(r), -away * Math.sin(r)] as const;
    return (
      <g key={angle}>
        {polyline([
          [pain[0] + dir[0] * 3, pain[1] + dir[1] * 3],
          [pain[0] + dir[0] * 8, pain[1] + dir[1] * 8],
        ])}
      </g>
    );
  });
  return (
    <g data-part="pain" data-y={pain[1]} strokeWidth={STROKE * 0.6} style={{ stroke: PAIN }}>
      {rays}
    </g>
  );
}
