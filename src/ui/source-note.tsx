export type SourceNoteProps = { label: string };

/** The quiet line that tells where a text comes from (the leaflet or a named guideline). */
export function SourceNote({ label }: SourceNoteProps) {
  return <p className="source-note">{label}</p>;
}
