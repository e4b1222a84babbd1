import { useTranslation } from 'react-i18next';
import type { PictureId } from '../content/schema';
import { Picture, type PictureProps } from './pictures/picture';

export type PosturePictureProps = Omit<PictureProps, 'title'> & { id: PictureId };

/** A posture drawing with its text alternative in the current language. */
export function PosturePicture(props: PosturePictureProps) {
  const { t } = useTranslation('pictures');
  return <Picture {...props} title={t(props.id)} />;
}
