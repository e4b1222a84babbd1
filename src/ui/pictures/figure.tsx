/**
 * Shared geometry for the posture pictures: one body, one floor, one set of props.
 *
 * Every picture poses the same figure (same segment lengths, same strokes: limbs STROKE, trunk
 * TRUNK_W), so the set reads as one family and the head is always about 1/7 of the standing height. Poses are written as a few angles
 * and targets; the limbs are solved here (two-segment reach), so hands and feet land exactly on the
 * floor or on a chair instead of being placed by eye.
 *
 * Angles are in degrees in SVG space: 0° points right, 90° points down, -90° points up.
 */
import type { ReactElement } from 'react';

export const VIEW_W = 240;
export const VIEW_H = 160;
export const VIEW_BOX = `0 0 ${VIEW_W} ${VIEW_H}`;

/**
 * The common drawing area cut off above `top` (the highest stroke of the picture, less a small
 * margin): a figure lying on the floor fills its picture, with no empty band above it that pushes
 * the start button down. Width and floor stay the same, so every figure keeps the same scale.
 */
export function cropFrom(top: number): string {
  return `0 ${top} ${VIEW_W} ${VIEW_H - top}`;
}
export const STROKE = 6;
/** The trunk is drawn twice as thick as the limbs: it gives the figure a body, so that lying,
 * sitting and bending still read at 120 px wide. */
export const TRUNK_W = 2 * STROKE;
/** Centre line of the floor stroke. */
export const FLOOR_Y = 152;
/** Centre line of a limb that rests on the floor (its stroke touches the floor stroke). */
export const GROUND = FLOOR_Y - STROKE;

/** Body measures in viewBox units: standing height ≈ 147, the head (with its stroke) ≈ 1/7 of it. */
export const BODY = {
  headR: 7.5,
  /** Shoulder joint to the centre of the head. */
  neck: 19,
  /** Hip joint to shoulder joint (chord of the spine). */
  torso: 42,
  upperArm: 26,
  forearm: 22,
  hand: 10,
  thigh: 36,
  shin: 35,
  foot: 12,
  /** Top view: half the distance between the shoulder joints, and between the hip joints. */
  halfShoulders: 16,
  halfHips: 10,
} as const;
export const ARM = BODY.upperArm + BODY.forearm;
export const LEG = BODY.thigh + BODY.shin;
/** Heights (y) of a body lying on the floor: trunk, head centre, ankles. */
export const LYING = {
  trunk: FLOOR_Y - STROKE / 2 - TRUNK_W / 2 - 1.5,
  head: FLOOR_Y - STROKE - BODY.headR,
  ankle: GROUND - 2,
} as const;

/** Centre of a chair seat: as high as the thigh is long, so lower legs can rest on it at 90°. */
export const SEAT_Y = LYING.trunk - BODY.thigh + STROKE;

export const ACCENT = 'var(--picture-accent, #c2410c)';
export const MUTED = 'var(--picture-muted, #64748b)';

export type Point = readonly [number, number];

const rad = (deg: number) => (deg * Math.PI) / 180;

/** The point `length` away from `p` in direction `angle`. */
export function at(p: Point, angle: number, length: number): Point {
  return [p[0] + Math.cos(rad(angle)) * length, p[1] + Math.sin(rad(angle)) * length];
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Direction from a to b, in degrees. */
export function angleTo(a: Point, b: Point): number {
  return (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
}

/**
 * The middle joint (elbow, knee) of a two-segment limb from `root` towards `target`.
 * `bend` 1 puts the joint clockwise of the root→target line on screen, -1 anticlockwise.
 * Out of reach, the limb is straight and points at the target (the end falls short of it).
 */
export function reach(root: Point, target: Point, l1: number, l2: number, bend: 1 | -1): { joint: Point; end: Point } {
  const d = distance(root, target);
  const dir = angleTo(root, target);
  if (d >= l1 + l2 - 0.01) {
    return { joint: at(root, dir, l1), end: at(root, dir, l1 + l2) };
  }
  const cos = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d);
  const offset = (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
  return { joint: at(root, dir + bend * offset, l1), end: target };
}

/**
 * Where a straight limb of `length` from `root` meets the height `y`, towards `dir` (1 right,
 * -1 left): for arms and legs that must end exactly on the floor.
 */
export function straightTo(root: Point, length: number, y: number, dir: 1 | -1): Point {
  return [root[0] + dir * Math.sqrt(Math.max(0, length ** 2 - (y - root[1]) ** 2)), y];
}

/** How an arm or a leg is placed: where the wrist or ankle goes, which way the joint bends, and
 * the direction of the hand or foot. */
export interface Limb {
  to: Point;
  bend: 1 | -1;
  end: number;
  /** A foot standing flat on the floor: heel under the ankle, toes forward along the floor. */
  flat?: boolean;
}

export interface Pose {
  hip: Point;
  /** Direction from hip to shoulder. */
  torso: number;
  /** Curve of the spine: sideways offset of its middle, in units; positive bulges clockwise. */
  bend?: number;
  /** Where along the spine the curve is strongest, 0 (hip) to 1 (shoulder); default the middle. */
  bendAt?: number;
  /** Direction from shoulder to the centre of the head, or `'on-floor'` for a head that rests on
   * the floor beyond the shoulder (lying down). */
  head: number | 'on-floor';
  arm: Limb;
  leg: Limb;
}

export interface Figure {
  hip: Point;
  spineControl: Point;
  shoulder: Point;
  head: Point;
  elbow: Point;
  wrist: Point;
  fingers: Point;
  knee: Point;
  ankle: Point;
  /** Only for a foot flat on the floor. */
  heel?: Point;
  toes: Point;
}

/** Solves a pose into joint positions. */
export function solve(pose: Pose): Figure {
  const shoulder = at(pose.hip, pose.torso, BODY.torso);
  const rise = (Math.asin(Math.max(-1, Math.min(1, (LYING.head - shoulder[1]) / BODY.neck))) * 180) / Math.PI;
  const headAngle = pose.head !== 'on-floor' ? pose.head : Math.cos(rad(pose.torso)) >= 0 ? rise : 180 - rise;
  const middle = at(pose.hip, pose.torso, BODY.torso * (pose.bendAt ?? 0.5));
  // A quadratic curve bulges half as far as its control point, hence 2×.
  const spineControl = at(middle, pose.torso + 90, 2 * (pose.bend ?? 0));
  const arm = reach(shoulder, pose.arm.to, BODY.upperArm, BODY.forearm, pose.arm.bend);
  const leg = reach(pose.hip, pose.leg.to, BODY.thigh, BODY.shin, pose.leg.bend);
  const forward = Math.cos(rad(pose.leg.end)) >= 0 ? 1 : -1;
  const heel: Point | undefined = pose.leg.flat ? [leg.end[0] - forward * 2, GROUND] : undefined;
  return {
    hip: pose.hip,
    spineControl,
    shoulder,
    head: at(shoulder, headAngle, BODY.neck),
    elbow: arm.joint,
    wrist: arm.end,
    fingers: at(arm.end, pose.arm.end, BODY.hand),
    knee: leg.joint,
    ankle: leg.end,
    ...(heel
      ? { heel, toes: [heel[0] + forward * BODY.foot, GROUND] as const }
      : { toes: at(leg.end, pose.leg.end, BODY.foot) }),
  };
}

const fmt = (n: number) => Number(n.toFixed(1));
const pts = (...points: Point[]) => points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');

export function line(a: Point, b: Point, props: { stroke?: string; part?: string } = {}): ReactElement {
  return (
    <line
      x1={fmt(a[0])}
      y1={fmt(a[1])}
      x2={fmt(b[0])}
      y2={fmt(b[1])}
      style={props.stroke ? { stroke: props.stroke } : undefined}
      data-part={props.part}
    />
  );
}

export function polyline(points: Point[], props: { stroke?: string; part?: string } = {}): ReactElement {
  return (
    <polyline
      points={pts(...points)}
      style={props.stroke ? { stroke: props.stroke } : undefined}
      data-part={props.part}
    />
  );
}

export function circle(
  c: Point,
  r: number,
  props: { stroke?: string; fill?: string; part?: string } = {},
): ReactElement {
  return (
    <circle
      cx={fmt(c[0])}
      cy={fmt(c[1])}
      r={r}
      style={{ ...(props.stroke ? { stroke: props.stroke } : {}), ...(props.fill ? { fill: props.fill } : {}) }}
      data-part={props.part}
    />
  );
}

export type FigurePart = 'arm' | 'leg' | 'torso';

/**
 * Draws a solved figure. `accent` colours the parts that move or matter. `armBehind` draws the arm
 * first, then `behind` (a prop such as pillows), then the body: for an arm on the far side.
 */
export function drawFigure(
  f: Figure,
  {
    accent = [],
    armBehind = false,
    behind,
  }: { accent?: FigurePart[]; armBehind?: boolean; behind?: ReactElement } = {},
): ReactElement {
  const colour = (part: FigurePart) => (accent.includes(part) ? ACCENT : undefined);
  const neckEnd = at(f.head, angleTo(f.head, f.shoulder), BODY.headR);
  const arm = polyline([f.shoulder, f.elbow, f.wrist, f.fingers], { stroke: colour('arm'), part: 'arm' });
  return (
    <g data-part="figure">
      {armBehind && arm}
      {behind}
      {polyline(f.heel ? [f.hip, f.knee, f.ankle, f.heel, f.toes] : [f.hip, f.knee, f.ankle, f.toes], {
        stroke: colour('leg'),
        part: 'leg',
      })}
      <path
        d={`M${pts(f.hip)} Q${pts(f.spineControl)} ${pts(f.shoulder)}`}
        strokeWidth={TRUNK_W}
        style={colour('torso') ? { stroke: colour('torso') } : undefined}
        data-part="torso"
      />
      {line(f.shoulder, neckEnd, { part: 'neck' })}
      {circle(f.head, BODY.headR, { fill: 'currentColor', part: 'head' })}
      {!armBehind && arm}
    </g>
  );
}

/** The floor line, in the muted colour so it does not compete with the body. */
export function drawFloor(from = 8, to = VIEW_W - 8): ReactElement {
  return line([from, FLOOR_Y], [to, FLOOR_Y], { stroke: MUTED, part: 'floor' });
}

/**
 * A chair seen from the side, standing on the floor. `front` is the x of the seat's front edge,
 * `back` the x of its back edge (where the backrest rises); `seatY` the centre of the seat stroke.
 */
export function drawChair({
  front,
  back,
  seatY,
  accentSeat = false,
}: {
  front: number;
  back: number;
  seatY: number;
  accentSeat?: boolean;
}): ReactElement {
  const foot = FLOOR_Y - STROKE / 2;
  const toBack = Math.sign(back - front);
  return (
    <g data-part="chair">
      {line([front + toBack * 6, seatY], [front + toBack * 6, foot], { stroke: MUTED })}
      {line([back - toBack * 3, seatY], [back - toBack * 3, foot], { stroke: MUTED })}
      {line([back - toBack * 3, seatY], [back - toBack * 3, seatY - 40], { stroke: MUTED })}
      {line([front, seatY], [back, seatY], { stroke: accentSeat ? ACCENT : MUTED, part: 'seat' })}
    </g>
  );
}
