import { BODY, GROUND, LEG, at, drawFigure, drawFloor, solve } from './figure';
import { PictureFrame, type PictureDrawingProps } from './picture-frame';

const ankle = [122, GROUND - 5] as const;
// Knees straight, pelvis a little forward.
const hip = at(ankle, -84, LEG);
const torso = -112;
// Hands in the small of the back, just behind the lower spine.
const lowBack = at(at(hip, torso, BODY.torso * 0.25), torso - 90, 7);

/** Exercise 4: standing, hands in the small of the back, bending backwards with straight knees. */
export function StandingExtension({ title, className }: PictureDrawingProps) {
  const figure = solve({
    hip,
    torso,
    bend: 3,
    head: -122,
    arm: { to: lowBack, bend: 1, end: 40 },
    leg: { to: ankle, bend: 1, end: 0, flat: true },
  });
  return (
    <PictureFrame title={title} className={className}>
      {drawFloor()}
      {drawFigure(figure, { accent: ['arm'] })}
    </PictureFrame>
  );
}
