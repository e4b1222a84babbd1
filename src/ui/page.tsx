import { useEffect, useRef, type ReactNode } from 'react';

/** The document title of a page with this heading (the start page's heading is the app's name). */
export function documentTitle(heading: string): string {
  return heading === 'Rugplan' ? 'Rugplan' : `${heading} · Rugplan`;
}

export type PageProps = {
  title: string;
  lead?: string;
  children?: ReactNode;
};

// The first page after a full load is announced by the browser itself, and a keyboard user may be
// tabbing through its prerendered HTML before React takes over: taking focus then would yank them
// back to the top. Only pages opened inside the app move focus to their heading.
let firstPageShown = false;

/**
 * One screen: its heading takes focus when the page opens inside the app, so a screen reader
 * announces the new page after an in-app navigation just as it would after a full page load.
 */
export function Page({ title, lead, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle(title);
    if (firstPageShown) headingRef.current?.focus({ preventScroll: true });
    firstPageShown = true;
  }, [title]);
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
