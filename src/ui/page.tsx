import { useEffect, useRef, type ReactNode } from 'react';

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
    document.title = `${title} · Rugplan`;
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
