import {
  ACCENT,
  ARM,
  BODY,
  FLOOR_Y,
  GROUND,
  LEG,
  LYING,
  STROKE,
  TRUNK_W,
  drawFigure,
  drawFloor,
  solve,
  straightTo,
  type Point,
  cropFrom,
} from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const PILLOW_H = 7;
const PILLOW_GAP = 2;
/** The bottom pillow is the longest; each one above is a little shorter, like a real stack. */
const PILLOW_W = [56, 46, 36] as const;
const HIP_X = 124;
/** The top of the head on the floor, less a margin: the picture starts here when no pillow raises the back. */
const HEAD_TOP = LYING.head - BODY.headR - STROKE / 2 - 3;

/** Step 2a: lying on the belly over 0–3 pillows; the app removes them one by one. */
export function PronePillows({ title, className, pillows = 2 }: PictureDrawingProps) {
  const count = Math.max(0, Math.min(3, Math.round(pillows)));
  const floorTop = FLOOR_Y - STROKE / 2;
  const stackTop = floorTop - count * (PILLOW_H + PILLOW_GAP) + PILLOW_GAP;
  // The belly and pelvis rest on the top pillow; the chest and the head stay on the floor.
  const hip: Point = [HIP_X, Math.min(LYING.trunk, stackTop - TRUNK_W / 2 - 1)];
  const shoulder = straightTo(hip, BODY.torso, LYING.trunk, 1);
  const torso = (Math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]) * 180) / Math.PI;
  const figure = solve({
    hip,
    torso,
    // The belly lies flat on the pillows, then the chest curves down to the floor.
    bend: count === 0 ? 0 : -4,
    bendAt: 0.7,
    head: 'on-floor',
    // The arm lies on the floor along the body, behind the pillows.
    arm: { to: straightTo(shoulder, ARM, GROUND, -1), bend: -1, end: 180 },
    leg: { to: straightTo(hip, LEG, LYING.ankle, -1), bend: -1, end: 170 },
  });
  const stackX = HIP_X - 2;
  const pillowStack = (
    <g data-part="pillows" style={{ fill: ACCENT }} stroke="none">
      {Array.from({ length: count }, (_, i) => {
        const width = PILLOW_W[i] ?? PILLOW_W[0];
        return (
          <rect
            key={i}
            data-part="pillow"
            x={stackX - width / 2}
            y={floorTop - (i + 1) * PILLOW_H - i * PILLOW_GAP}
            width={width}
            height={PILLOW_H}
            rx={PILLOW_H / 2}
          />
        );
      })}
    </g>
  );
  return (
    <PictureFrame title={title} className={className} viewBox={cropFrom(Math.floor(Math.min(hip[1] - 9, HEAD_TOP)))}>
      {drawFloor()}
      {drawFigure(figure, { armBehind: true, behind: pillowStack })}
    </PictureFrame>
  );
}
