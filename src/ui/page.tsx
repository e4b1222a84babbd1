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

/**
 * One screen: its heading takes focus when the page opens, so a screen reader announces the new
 * page after an in-app navigation just as it would after a full page load.
 */
export function Page({ title, lead, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle(title);
    headingRef.current?.focus({ preventScroll: true });
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
