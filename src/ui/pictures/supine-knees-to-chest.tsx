import { BODY, LYING, at, drawFigure, drawFloor, solve, cropFrom } from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const hip = [112, LYING.trunk] as const;
const knee = at(hip, -62, BODY.thigh);
const ankle = at(knee, 172, BODY.shin);
// The hands hold the shins just below the knees.
const grip = at(knee, 172, 5);

/** Exercise 5: lying on the back, both knees pulled to the chest with the hands. */
export function SupineKneesToChest({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso: 0,
    head: 'on-floor',
    arm: { to: grip, bend: 1, end: -150 },
    leg: { to: ankle, bend: 1, end: -95 },
  });
  return (
    <PictureFrame title={title} className={className} viewBox={cropFrom(95)}>
      {drawFloor()}
      {drawFigure(figure, { accent: ['arm'] })}
    </PictureFrame>
  );
}
