import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureId } from '../content/schema';
import { Picture, type PictureProps } from './pictures/picture';

export type PosturePictureProps = Omit<PictureProps, 'title'> & { id: PictureId };

/**
 * A posture drawing with its text alternative in the current language. Memoised: drawing a figure
 * is real work, and a list of six (the plan) re-renders whenever a saved record loads; a phone with
 * a slow CPU feels every redraw of pictures that did not change.
 */
export const PosturePicture = memo(function PosturePicture(props: PosturePictureProps) {
  const { t } = useTranslation('pictures');
  return <Picture {...props} title={t(props.id)} />;
});
