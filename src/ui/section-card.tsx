import type { ReactNode } from 'react';
import { SourceNote } from './source-note';
import { TextBlocks } from './text-blocks';

export type SectionCardProps = {
  id?: string;
  title: string;
  paragraphs?: readonly string[] | undefined;
  items?: readonly string[] | undefined;
  after?: readonly string[] | undefined;
  sourceLabel: string;
  /** h2 on a page, h3 inside a group. */
  level?: 2 | 3;
  children?: ReactNode;
};

/** A titled piece of content with its source: the common shape of the leaflet's sections. */
export function SectionCard({
  id,
  title,
  paragraphs,
  items,
  after,
  sourceLabel,
  level = 2,
  children,
}: SectionCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card" id={id} aria-labelledby={id ? `${id}-title` : undefined}>
      <Heading id={id ? `${id}-title` : undefined}>{title}</Heading>
      <TextBlocks paragraphs={paragraphs} items={items} after={after} />
      {children}
      <SourceNote label={sourceLabel} />
    </section>
  );
}
