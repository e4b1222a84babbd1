import { ARM, BODY, GROUND, LEG, LYING, at, drawFigure, drawFloor, solve, straightTo, cropFrom } from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const hip = [118, LYING.trunk] as const;
const torso = -56;
const shoulder = at(hip, torso, BODY.torso);

/** Step 4: press-up on the belly, elbows straight, pelvis on the floor, the low back sagging. */
export function PronePressUp({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso,
    bend: 2.5,
    head: -52,
    // Straight arms: the wrist is one whole arm length from the shoulder, on the floor.
    arm: { to: straightTo(shoulder, ARM, GROUND, 1), bend: 1, end: 0 },
    leg: { to: straightTo(hip, LEG, LYING.ankle, -1), bend: -1, end: 170 },
  });
  return (
    <PictureFrame title={title} className={className} viewBox={cropFrom(76)}>
      {drawFloor()}
      {drawFigure(figure, { accent: ['arm'] })}
    </PictureFrame>
  );
}
