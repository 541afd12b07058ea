/**
 * Civil dates ('YYYY-MM-DD') as day numbers (days since 1970-01-01), with no `Date` and so no time zone: the same
 * answer on a server in UTC and a phone in Asia/Shanghai. Proleptic Gregorian (H. Hinnant's days_from_civil).
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD'; throws a RangeError on anything else (including 2026-02-30). */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a civil date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const n = daysFromCivil(y, m, d);
  if (m < 1 || m > 12 || d < 1 || civilFromDays(n) !== date) throw new RangeError(`no such date: ${date}`);
  return n;
}

function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilFromDays(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The date `days` calendar days after `date` (natural days: 法定期限 counted in 日). */
export function addDays(date: string, days: number): string {
  return civilFromDays(dayNumber(date) + days);
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * The civil date in China (Asia/Shanghai: UTC+8, no daylight saving since 1991) of an instant: a Date, epoch
 * milliseconds, or an ISO 8601 date-time. A date-time without an offset is taken as China time already (its date
 * part); with 'Z' or an offset it is converted.
 */
export function chinaDateOf(instant: Date | number | string): string {
  if (typeof instant === 'string') {
    if (DATE.test(instant)) return instant;
    const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(instant);
    if (!hasOffset) {
      const date = instant.slice(0, 10);
      dayNumber(date);
      return date;
    }
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 date-time: ${JSON.stringify(instant)}`);
    return civilFromDays(Math.floor((ms + CHINA_OFFSET_MS) / 86_400_000));
  }
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return civilFromDays(Math.floor((ms + CHINA_OFFSET_MS) / 86_400_000));
}
