import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

/** The document title of a page with this heading (the start page's heading is the app's name). */
export function documentTitle(heading: string): string {
  return heading === 'Rugplan' ? 'Rugplan' : `${heading} · Rugplan`;
}

export type PageProps = {
  title: string;
  lead?: string;
  children?: ReactNode;
};

let firstPageShown = false;

// A key pressed before React took over: a keyboard user is already moving through the prerendered
// page (they may have tabbed past its last link, which leaves nothing focused for a moment).
let keyPressedBeforeFirstPage = false;
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (keyPressedBeforeFirstPage = true), { capture: true, once: true });
}

/** True when no element has the focus (the document's body holds it). */
function nothingHasFocus(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

/**
 * One screen: its heading takes focus when the page opens, so a screen reader
 * announces the new page after an in-app navigation just as it would after a full page load.
 */
export function Page({ title, lead, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle(title);
    // The first page after a full load only when nothing has focus yet and no key was pressed: a
    // keyboard user may be tabbing through the prerendered HTML before React takes over, and must
    // not be yanked back to the heading.
    if (firstPageShown || (nothingHasFocus() && !keyPressedBeforeFirstPage))
      headingRef.current?.focus({ preventScroll: true });
    firstPageShown = true;
  }, [title]);
  // A page shown can be hidden again for a moment: a part it renders only after a stored read may
  // suspend on strings or content not loaded yet (the diary and episode pages did, until they asked
  // for theirs in their first render), and the Suspense boundary around the page hides it meanwhile
  // (display: none), which makes the browser drop the heading's focus (issue 14). React runs layout
  // effects again when it shows the page again: a focus that went nowhere comes back to the heading.
  const shownBefore = useRef(false);
  useLayoutEffect(() => {
    if (shownBefore.current && nothingHasFocus()) headingRef.current?.focus({ preventScroll: true });
    shownBefore.current = true;
  }, []);
  return (
    <article className="page">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </article>
  );
}
