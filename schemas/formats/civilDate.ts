/**
 * Civil (calendar) dates as `YYYY-MM-DD` strings, and "today" in China's time zone.
 *
 * Dates stay strings on purpose: a birth date or a due date is a day on the calendar, not an instant, and
 * converting it to a `Date` would make it shift with the machine's time zone.
 */

/** Milliseconds in one hour. */
const HOUR_MS = 3_600_000;

/**
 * Asia/Shanghai is UTC+8 all year. China has not observed daylight saving time since 1991, and every
 * date we compute "today" for is after that, so a fixed offset is exact and avoids depending on the
 * machine's TZ or on `Intl` time-zone data (absent in some embedded runtimes).
 */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

const CIVIL_DATE_SHAPE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Gregorian leap-year rule (applied proleptically, as ISO 8601 does). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month of the proleptic Gregorian calendar.
 *
 * @param year - full year, e.g. 2026
 * @param month - 1 (January) to 12 (December)
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Tells whether `value` is a real calendar date written `YYYY-MM-DD`, with a year from 1000 to 9999.
 *
 * Rejects impossible days (`2026-02-30`, `2026-13-01`, `1900-02-29`). The four-digit year range matches
 * what the `YYYY` shape can express without a sign and keeps typos like `0199-05-01` out.
 *
 * @example isCivilDate('2024-02-29') // true
 * @example isCivilDate('2023-02-29') // false
 */
export function isCivilDate(value: string): boolean {
  const match = CIVIL_DATE_SHAPE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Today's civil date in Asia/Shanghai (`YYYY-MM-DD`), e.g. for "birth date must not be in the future".
 *
 * Computed from the UTC+8 offset, so the answer does not depend on the machine's time zone:
 * `2026-11-29T16:30:00Z` is already `2026-11-30` in Shanghai even on a server running in UTC.
 *
 * @param nowMs - the instant in milliseconds since the Unix epoch; defaults to `Date.now()`. Pass it to
 *   get reproducible results in tests.
 * @throws RangeError if `nowMs` is not a finite instant that `Date` can represent.
 */
export function todayInShanghai(nowMs: number = Date.now()): string {
  // Shift the instant by +8 h and read its UTC fields: those are Shanghai's wall-clock fields.
  const shifted = new Date(nowMs + SHANGHAI_OFFSET_MS);
  const time = shifted.getTime();
  if (!Number.isFinite(time)) {
    throw new RangeError(`todayInShanghai: ${String(nowMs)} is not a representable instant`);
  }
  const year = String(shifted.getUTCFullYear()).padStart(4, '0');
  const month = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const day = String(shifted.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
