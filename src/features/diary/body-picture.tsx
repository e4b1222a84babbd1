import { ACCENT, BODY, GROUND, TRUNK_W, circle, drawFloor, line, polyline, type Point } from '../../ui/pictures/figure';
import { PictureFrame } from '../../ui/pictures/picture-frame';
import type { DiaryEntry } from '../../storage/records';
import { locationRank } from './compare';

export type BodyPictureProps = {
  /** Where the pain reaches; undefined draws the body without colour. */
  location: DiaryEntry['location'] | undefined;
  title: string;
  className?: string;
};

// The standing figure of the posture pictures, seen from behind: same head, strokes and segment
// lengths (src/ui/pictures/figure.tsx), so it reads as one family with them.
const CX = 120;
const ANKLE_Y = GROUND - 2;
const HIP_Y = ANKLE_Y - BODY.thigh - BODY.shin;
const SHOULDER_Y = HIP_Y - BODY.torso;
const HEAD: Point = [CX, SHOULDER_Y - BODY.neck];
const side = (dir: 1 | -1) => {
  const hip: Point = [CX + dir * BODY.halfHips, HIP_Y];
  const knee: Point = [CX + dir * (BODY.halfHips + 1), HIP_Y + BODY.thigh];
  const ankle: Point = [CX + dir * (BODY.halfHips + 2), ANKLE_Y];
  const toes: Point = [CX + dir * (BODY.halfHips + 8), ANKLE_Y + 2];
  const shoulder: Point = [CX + dir * BODY.halfShoulders, SHOULDER_Y];
  const elbow: Point = [CX + dir * (BODY.halfShoulders + 5), SHOULDER_Y + BODY.upperArm];
  const wrist: Point = [CX + dir * (BODY.halfShoulders + 7), SHOULDER_Y + BODY.upperArm + BODY.forearm];
  return { hip, knee, ankle, toes, shoulder, elbow, wrist };
};
const LEFT = side(-1);
// The coloured side: the picture shows one-sided pain on the figure's right (the viewer's right).
const RIGHT = side(1);
const LOW_BACK_Y = HIP_Y - 10;

/**
 * The back and legs from behind, coloured from the lower back down to where the pain reaches:
 * the ordered scale of the diary (middle → one side → buttock → thigh → lower leg → foot) as a picture.
 */
export function BodyPicture({ location, title, className }: BodyPictureProps) {
  const rank = location ? locationRank(location) : -1;
  const accent = (from: number) => (rank >= from ? ACCENT : undefined);
  // The app's picture frame (same strokes, same <title>), cropped to the upright figure so it is
  // not a thin line in a wide landscape picture.
  return (
    <PictureFrame title={title} className={className} viewBox="80 0 80 160">
      {drawFloor(84, 156)}
      <g data-part="figure">
        {polyline([LEFT.wrist, LEFT.elbow, LEFT.shoulder, RIGHT.shoulder, RIGHT.elbow, RIGHT.wrist], { part: 'arms' })}
        {polyline([LEFT.toes, LEFT.ankle, LEFT.knee, LEFT.hip, RIGHT.hip], { part: 'left-leg' })}
        <path d={`M${CX},${HIP_Y} L${CX},${SHOULDER_Y}`} strokeWidth={TRUNK_W} data-part="torso" />
        {line([CX, SHOULDER_Y], [CX, HEAD[1] + BODY.headR], { part: 'neck' })}
        {circle(HEAD, BODY.headR, { fill: 'currentColor', part: 'head' })}
        {line(RIGHT.hip, RIGHT.knee, { stroke: accent(3), part: 'thigh' })}
        {line(RIGHT.knee, RIGHT.ankle, { stroke: accent(4), part: 'lower-leg' })}
        {line(RIGHT.ankle, RIGHT.toes, { stroke: accent(5), part: 'foot' })}
      </g>
      {rank >= 0 && (
        <g data-part="pain" style={{ fill: ACCENT, stroke: 'none' }}>
          {/* The spot where the pain starts: the middle, or beside it from "one side" on. */}
          <circle cx={rank >= 1 ? CX + 8 : CX} cy={LOW_BACK_Y} r={7} />
          {rank >= 2 && <ellipse cx={CX + 9} cy={HIP_Y + 6} rx={9} ry={7} />}
        </g>
      )}
    </PictureFrame>
  );
}
