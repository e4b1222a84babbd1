import type { ComponentType } from 'react';
import type { PictureId } from '../../content/schema';
import type { PictureDrawingProps } from './picture-frame';
import { ProneElbows } from './prone-elbows';
import { PronePillows } from './prone-pillows';
import { PronePressUp } from './prone-press-up';
import { PronePressUpShifted } from './prone-press-up-shifted';
import { ProneRelaxed } from './prone-relaxed';
import { SittingFlexion } from './sitting-flexion';
import { StandingExtension } from './standing-extension';
import { StandingFlexion } from './standing-flexion';
import { SupineKneesToChest } from './supine-knees-to-chest';
import { SupineLegsOnChair } from './supine-legs-on-chair';

export interface PictureProps extends PictureDrawingProps {
  id: PictureId;
}

const drawings: Record<PictureId, ComponentType<PictureDrawingProps>> = {
  'supine-legs-on-chair': SupineLegsOnChair,
  'prone-pillows': PronePillows,
  'prone-relaxed': ProneRelaxed,
  'prone-elbows': ProneElbows,
  'prone-press-up': PronePressUp,
  'prone-press-up-shifted': PronePressUpShifted,
  'standing-extension': StandingExtension,
  'supine-knees-to-chest': SupineKneesToChest,
  'sitting-flexion': SittingFlexion,
  'standing-flexion': StandingFlexion,
};

/**
 * The posture drawing for a picture id, as an inline SVG named by `title` (the caller passes the
 * translated text alternative). `side` and `pillows` only affect the drawings that use them.
 */
export function Picture({ id, ...props }: PictureProps) {
  const Drawing = drawings[id];
  return <Drawing {...props} />;
}
