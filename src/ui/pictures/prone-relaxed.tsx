import { ARM, BODY, GROUND, LEG, LYING, at, drawFigure, drawFloor, solve, straightTo } from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const hip = [128, LYING.trunk] as const;
const shoulder = at(hip, 0, BODY.torso);

/** Exercise 1 / step 2b: lying on the belly, head turned aside and resting on the floor, arms along the body. */
export function ProneRelaxed({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso: 0,
    head: 'on-floor',
    // The hands lie on the floor beside the thighs.
    arm: { to: straightTo(shoulder, ARM, GROUND, -1), bend: -1, end: 180 },
    leg: { to: straightTo(hip, LEG, LYING.ankle, -1), bend: -1, end: 170 },
  });
  return (
    <PictureFrame title={title} className={className}>
      {drawFloor()}
      {drawFigure(figure, { accent: ['arm'] })}
    </PictureFrame>
  );
}
