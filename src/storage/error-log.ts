/**
 * The pages that failed to show, kept on the phone for a bug report the user may choose to send
 * themselves ("Over deze app" lists them, with a button to copy them). Never sent anywhere.
 *
 * In localStorage, not IndexedDB: it is written at the moment something went wrong, perhaps because
 * IndexedDB itself did, and must be written at once (synchronously). Where localStorage refuses
 * (private mode, full), the list lives in memory for this visit. It holds no health data: the
 * address, the time and the error's own text, never a diary entry or a setting.
 */
import { isIsoDateTime, isNonEmptyString, isObject, isOneOf } from './validators';

export const errorLogKey = 'rugplan-error-log';
/** Newest first; older ones drop off, so the list stays short enough to read and copy. */
export const ERROR_LOG_MAX = 20;
const MESSAGE_MAX_LENGTH = 300;
export const ERROR_KINDS = ['render', 'missing-chunk'] as const;

/** One page that did not load. */
export interface LoggedError {
  /** ISO time. */
  at: string;
  /** The address of the page (its path, without query: a query may carry a session id). */
  page: string;
  kind: (typeof ERROR_KINDS)[number];
  /** The error's name and message, shortened. */
  message: string;
  /** The app's version, so a report says which build failed. */
  version: string;
}

function isLoggedError(value: unknown): value is LoggedError {
  return (
    isObject(value) &&
    isIsoDateTime(value.at) &&
    typeof value.page === 'string' &&
    isOneOf(value.kind, ERROR_KINDS) &&
    isNonEmptyString(value.message) &&
    typeof value.version === 'string'
  );
}

let memory: readonly LoggedError[] | undefined;
const listeners = new Set<() => void>();
const empty: readonly LoggedError[] = [];

function readStored(): readonly LoggedError[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(errorLogKey) ?? '[]');
    // Entries that cannot be read are left out: the log is a help, never a reason to fail.
    return Array.isArray(parsed) ? parsed.filter(isLoggedError).slice(0, ERROR_LOG_MAX) : empty;
  } catch {
    return empty;
  }
}

/** The kept errors, newest first; the same array until the log changes (for useSyncExternalStore). */
export function readErrorLog(): readonly LoggedError[] {
  memory ??= readStored();
  return memory;
}

/** An error as one line of the log: its name and message, nothing of the page's data. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (text.trim() || 'Error').slice(0, MESSAGE_MAX_LENGTH);
}

/** Keeps one failed page on the phone (newest first, at most ERROR_LOG_MAX). */
export function logError(entry: Omit<LoggedError, 'at' | 'message'> & { error: unknown; at?: Date }): void {
  const logged: LoggedError = {
    at: (entry.at ?? new Date()).toISOString(),
    page: entry.page,
    kind: entry.kind,
    message: describeError(entry.error),
    version: entry.version,
  };
  memory = [logged, ...readErrorLog()].slice(0, ERROR_LOG_MAX);
  try {
    localStorage.setItem(errorLogKey, JSON.stringify(memory));
  } catch {
    // Storage refused: the log stays in memory for this visit.
  }
  listeners.forEach((listener) => listener());
}

/** Calls `listener` whenever the log changes in this tab. */
export function subscribeErrorLog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The log as plain text, for the clipboard: one error per line, newest first. */
export function errorLogText(log: readonly LoggedError[]): string {
  return log.map((e) => `${e.at} ${e.version} ${e.page} ${e.kind}: ${e.message}`).join('\n');
}

/** Forgets the copy in memory (the tests start each case from what localStorage holds). */
export function resetErrorLogCache(): void {
  memory = undefined;
}
