import { BODY, GROUND, LEG, LYING, drawFigure, drawFloor, solve, straightTo, cropFrom } from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const hip = [124, LYING.trunk] as const;
// The upper arm stands upright on the elbow, so the shoulder is one upper arm above the floor.
const shoulder = straightTo(hip, BODY.torso, GROUND - BODY.upperArm, 1);
const torso = (Math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]) * 180) / Math.PI;

/** Step 3: lying on the belly, propped up on the elbows, forearms on the floor, hips down. */
export function ProneElbows({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso,
    bend: 2,
    head: -35,
    arm: { to: [shoulder[0] + BODY.forearm, GROUND], bend: 1, end: 0 },
    leg: { to: straightTo(hip, LEG, LYING.ankle, -1), bend: -1, end: 170 },
  });
  return (
    <PictureFrame title={title} className={className} viewBox={cropFrom(94)}>
      {drawFloor()}
      {drawFigure(figure, { accent: ['arm'] })}
    </PictureFrame>
  );
}
