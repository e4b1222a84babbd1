import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isMissingChunk } from '../pwa/load-new-version';
import { logError } from '../storage/error-log';
import { PageError } from './page-error';

export type PageBoundaryProps = {
  /** The page's address: kept with the error, and a new address starts afresh (App keys on it). */
  pathname: string;
  children: ReactNode;
};

type PageBoundaryState = { error?: unknown; attempt: number };

/**
 * Whatever one page does, the rest of the app stays: the header, the bottom navigation and the
 * alarm link are outside this boundary, so a page that throws (a bug, a record this build cannot
 * show, code missing after an update) shows a calm message in their place instead of a blank
 * screen. The error is kept on the phone (storage/error-log.ts) and nothing stored is touched.
 */
export class PageBoundary extends Component<PageBoundaryProps, PageBoundaryState> {
  override state: PageBoundaryState = { attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PageBoundaryState> {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    logError({
      page: this.props.pathname,
      kind: isMissingChunk(error) ? 'missing-chunk' : 'render',
      error,
      version: __APP_VERSION__,
    });
    // Also in the console, where the browser tests (and anyone debugging) see it.
    console.error('Page failed:', error, info.componentStack);
  }

  // "Probeer opnieuw": the page renders again from scratch (a new key remounts it).
  private retry = () => this.setState((state) => ({ error: undefined, attempt: state.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    if (error !== undefined) return <PageError missingChunk={isMissingChunk(error)} onRetry={this.retry} />;
    return <PageAttempt key={attempt}>{this.props.children}</PageAttempt>;
  }
}

function PageAttempt({ children }: { children: ReactNode }) {
  return children;
}
