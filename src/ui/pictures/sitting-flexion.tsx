import {
  ARM,
  BODY,
  GROUND,
  SEAT_Y,
  STROKE,
  TRUNK_W,
  at,
  drawChair,
  drawFigure,
  drawFloor,
  solve,
  straightTo,
  cropFrom,
} from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const hip = [92, SEAT_Y - STROKE / 2 - TRUNK_W / 2] as const;
const torso = 8;
const shoulder = at(hip, torso, BODY.torso);

/** Exercise 6: sitting on a chair, feet apart, bending the trunk forward until the hands reach the floor. */
export function SittingFlexion({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso,
    // A round back over the thighs; the head hangs down in front of the knees.
    bend: -8,
    head: 70,
    // Straight arms down to the floor, the hands flat in front of the feet.
    arm: { to: straightTo(shoulder, ARM, GROUND, 1), bend: -1, end: 0 },
    leg: { to: [hip[0] + 34, GROUND - 5], bend: -1, end: 0, flat: true },
  });
  return (
    <PictureFrame title={title} className={className} viewBox={cropFrom(64)}>
      {drawFloor()}
      {drawChair({ front: hip[0] + 14, back: hip[0] - 26, seatY: SEAT_Y })}
      {drawFigure(figure, { accent: ['arm'] })}
    </PictureFrame>
  );
}
