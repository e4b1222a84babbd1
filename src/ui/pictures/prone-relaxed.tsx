import {
  ACCENT,
  ARM,
  BODY,
  GROUND,
  LEG,
  LYING,
  STROKE,
  TRUNK_W,
  at,
  cropFrom,
  drawFigure,
  drawFloor,
  solve,
  straightTo,
} from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const hip = [128, LYING.trunk] as const;
const shoulder = at(hip, 0, BODY.torso);
/** Above the small of the back, over the lower belly where the breath goes. */
const BREATH_X = hip[0] + BODY.torso * 0.2;
const BACK_TOP = LYING.trunk - TRUNK_W / 2;

/**
 * Exercise 1 / step 2b: lying flat on the belly, no pillows, head turned aside and resting on the
 * floor, arms loose along the body. The three rising arcs over the low back stand for the slow
 * breathing into the belly that lets the back relax: what sets this step apart from 2a, where the
 * accent is on the pillows.
 */
export function ProneRelaxed({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso: 0,
    head: 'on-floor',
    // The hands lie on the floor beside the thighs.
    arm: { to: straightTo(shoulder, ARM, GROUND, -1), bend: -1, end: 180 },
    leg: { to: straightTo(hip, LEG, LYING.ankle, -1), bend: -1, end: 170 },
  });
  const arcs = [0, 1, 2].map((i) => {
    const y = BACK_TOP - 7 - i * 7;
    const half = 6 + i * 3;
    return (
      <path
        key={i}
        data-part="breath"
        d={`M${BREATH_X - half},${y} Q${BREATH_X},${y - 5} ${BREATH_X + half},${y}`}
        strokeWidth={STROKE * 0.6}
        style={{ stroke: ACCENT }}
      />
    );
  });
  return (
    <PictureFrame title={title} className={className} viewBox={cropFrom(Math.floor(BACK_TOP - 34))}>
      {drawFloor()}
      {drawFigure(figure)}
      <g data-part="breathing">{arcs}</g>
    </PictureFrame>
  );
}
