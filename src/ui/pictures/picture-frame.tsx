import { useId, type ReactNode } from 'react';
import { STROKE, VIEW_BOX } from './figure';

/** The side of the pain, for the adapted press-up (the hips shift away from it). */
export type PainSide = 'left' | 'right';
/** How many pillows lie under the belly in the prone-pillows picture. */
export type PillowCount = 0 | 1 | 2 | 3;

/** Props every drawing takes; drawings ignore the ones that do not apply to them. */
export interface PictureDrawingProps {
  /** The text alternative, in the user's language (the caller translates it). */
  title: string;
  className?: string;
  side?: PainSide;
  pillows?: PillowCount;
}

/** The shared `<svg>`: viewBox, stroke style and the `<title>` that names the picture. */
export function PictureFrame({
  title,
  className,
  viewBox = VIEW_BOX,
  children,
}: {
  title: string;
  className?: string | undefined;
  /** A crop of the common drawing area, for a picture of one upright figure. */
  viewBox?: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={viewBox}
      role="img"
      aria-labelledby={titleId}
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={STROKE}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <title id={titleId}>{title}</title>
      {children}
    </svg>
  );
}
