/**
 * Small hand-written checks for saved data. Hand-written rather than zod so that no schema
 * library ends up in the browser bundle for the handful of shapes we store.
 */

/** A plain object (not null, not an array), whose fields can be inspected. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with at least one non-space character (ids, step ids). */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** A finite number within [min, max]. */
export function isNumberInRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** A whole number within [min, max]. */
export function isIntegerInRange(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && isNumberInRange(value, min, max);
}

/** One of the listed literal values. */
export function isOneOf<const V extends readonly unknown[]>(value: unknown, options: V): value is V[number] {
  return options.includes(value);
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 date-time with a zone (`2025-03-01T08:00:00.000Z`, as `toISOString()` writes it).
 * Checked field by field because `Date.parse` quietly rolls `2024-02-30` over to 1 March.
 */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi, s = '0', zh = '0', zm = '0'] = match;
  return (
    isCalendarDay(Number(y), Number(mo), Number(d)) &&
    [Number(h), Number(zh)].every((hours) => hours <= 23) &&
    [Number(mi), Number(s), Number(zm)].every((sixty) => sixty <= 59) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** True when the day exists in that month (no 30 February). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  return (
    calendarDay.getUTCFullYear() === year && calendarDay.getUTCMonth() === month - 1 && calendarDay.getUTCDate() === day
  );
}

/** A time of day as `HH:MM`, 00:00 to 23:59. */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Undefined, or passes `check`: for optional fields. */
export function isOptional<T>(value: unknown, check: (v: unknown) => v is T): value is T | undefined {
  return value === undefined || check(value);
}

/** An array whose every item passes `check`. */
export function isArrayOf<T>(value: unknown, check: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every((item) => check(item));
}
