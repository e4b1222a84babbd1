import {
  ARM,
  BODY,
  GROUND,
  LYING,
  SEAT_Y,
  at,
  drawChair,
  drawFigure,
  drawFloor,
  solve,
  straightTo,
  cropFrom,
} from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const hip = [126, LYING.trunk] as const;
// Hips and knees at about 90°: the thigh stands (nearly) upright, the lower leg lies flat on the seat.
const knee = at(hip, -76, BODY.thigh);
const shoulder = at(hip, 0, BODY.torso);

/** Step 1: lying on the back in front of a chair, the lower legs resting on the seat. */
export function SupineLegsOnChair({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso: 0,
    head: 'on-floor',
    // The hands rest on the floor beside the hips.
    arm: { to: straightTo(shoulder, ARM, GROUND, -1), bend: 1, end: 180 },
    leg: { to: [knee[0] - BODY.shin, knee[1]], bend: 1, end: -95 },
  });
  return (
    <PictureFrame title={title} className={className} viewBox={cropFrom(64)}>
      {drawFloor()}
      {drawChair({ front: knee[0] - 3, back: knee[0] - 44, seatY: SEAT_Y, accentSeat: true })}
      {drawFigure(figure)}
    </PictureFrame>
  );
}
