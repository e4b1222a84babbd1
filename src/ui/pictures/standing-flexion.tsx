import { ARM, BODY, GROUND, LEG, at, drawFigure, drawFloor, solve, cropFrom } from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const ankle = [104, GROUND - 5] as const;
// Knees straight; the hips move back as the trunk bends forward.
const hip = at(ankle, -100, LEG);
const torso = 20;
const shoulder = at(hip, torso, BODY.torso);

/** Exercise 7: standing, feet a little apart, bending forward; the arms hang loosely towards the floor. */
export function StandingFlexion({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso,
    // The whole back rounds.
    bend: -6,
    head: 75,
    arm: { to: at(shoulder, 92, ARM), bend: 1, end: 92 },
    leg: { to: ankle, bend: 1, end: 0, flat: true },
  });
  return (
    <PictureFrame title={title} className={className} viewBox={cropFrom(62)}>
      {drawFloor()}
      {drawFigure(figure, { accent: ['arm'] })}
    </PictureFrame>
  );
}
