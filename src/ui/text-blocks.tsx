export type TextBlocksProps = {
  paragraphs?: readonly string[] | undefined;
  items?: readonly string[] | undefined;
  after?: readonly string[] | undefined;
};

/** Paragraphs, then a bullet list, then closing paragraphs: the shapes the leaflet's texts take. */
export function TextBlocks({ paragraphs, items, after }: TextBlocksProps) {
  return (
    <>
      {paragraphs?.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {items && (
        <ul className="text-list">
          {items.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {after?.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </>
  );
}
