export type TextBlocksProps = {
  paragraphs?: readonly string[] | undefined;
  items?: readonly string[] | undefined;
  after?: readonly string[] | undefined;
};

/**
 * Paragraphs, then a bullet list, then closing paragraphs: the shapes the leaflet's texts take.
 * Keyed by position: the texts of a part never move, and another language then changes each text
 * in place instead of replacing the elements (which would count as a new, late largest paint).
 */
export function TextBlocks({ paragraphs, items, after }: TextBlocksProps) {
  return (
    <>
      {paragraphs?.map((text, position) => (
        <p key={position}>{text}</p>
      ))}
      {items && (
        <ul className="text-list">
          {items.map((text, position) => (
            <li key={position}>{text}</li>
          ))}
        </ul>
      )}
      {after?.map((text, position) => (
        <p key={position}>{text}</p>
      ))}
    </>
  );
}
