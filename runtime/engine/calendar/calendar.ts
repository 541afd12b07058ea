/**
 * The working-day calendar (行政许可法 art. 82: periods in 工作日 exclude statutory holidays). Pure: civil dates as
 * 'YYYY-MM-DD', arithmetic on day numbers, never a `Date` in the machine's time zone.
 *
 * A year with a table uses it; a year without one falls back to Monday to Friday, and every result computed over
 * such a year lists it in `fallbackYears`, so a deadline can say it may move when the schedule is published.
 */
import { civilFromDays, dayNumber, weekday } from './days.ts';
import { officialTables, type HolidayPeriod, type YearTable } from './tables.ts';

export interface WorkingCalendar {
  /** Years with a table. */
  readonly years: readonly number[];
  readonly tables: Readonly<Record<number, YearTable>>;
  /** @internal day number → 'holiday' | 'work', for the years with a table. */
  readonly overrides: ReadonlyMap<number, { kind: 'holiday' | 'work'; holiday?: HolidayPeriod }>;
}

export interface CalendarOptions {
  /**
   * Tables added by an administrator, by year. A year the official tables already have is merged: its holidays
   * and make-up days are added to the official ones (a local extra day off, say). Pass `official: false` to start
   * from none.
   */
  readonly years?: Readonly<Record<number, YearTable>>;
  readonly official?: boolean;
}

/** What a day is. */
export interface DayInfo {
  readonly date: string;
  readonly working: boolean;
  /** The holiday period it belongs to. */
  readonly holiday?: HolidayPeriod;
  /** A Saturday or Sunday that is a 调休 working day. */
  readonly makeUp: boolean;
  /** The year has no table: Monday to Friday was assumed. */
  readonly fallback: boolean;
}

export interface DateResult {
  readonly date: string;
  /** Years without a table that the computation crossed (Monday to Friday was assumed); empty when exact. */
  readonly fallbackYears: readonly number[];
}

export interface CountResult {
  readonly days: number;
  readonly fallbackYears: readonly number[];
}

function merge(a: YearTable | undefined, b: YearTable): YearTable {
  if (!a) return b;
  const source = [a.source, b.source].filter(Boolean).join('; ');
  return {
    holidays: [...a.holidays, ...b.holidays],
    makeUpDays: [...new Set([...a.makeUpDays, ...b.makeUpDays])],
    ...(source ? { source } : {}),
  };
}

/** A calendar from the official tables (2025, 2026) plus the administrator's. */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const tables: Record<number, YearTable> = options.official === false ? {} : { ...officialTables };
  for (const [year, table] of Object.entries(options.years ?? {})) tables[Number(year)] = merge(tables[Number(year)], table);
  const overrides = new Map<number, { kind: 'holiday' | 'work'; holiday?: HolidayPeriod }>();
  for (const [year, table] of Object.entries(tables)) {
    for (const holiday of table.holidays) {
      const from = dayNumber(holiday.from);
      const to = dayNumber(holiday.to);
      if (to < from) throw new RangeError(`holiday ${holiday.name['zh-CN']} ends before it starts`);
      for (let n = from; n <= to; n += 1) {
        if (civilFromDays(n).slice(0, 4) !== year) throw new RangeError(`holiday ${holiday.name['zh-CN']} (${holiday.from}) is not in the ${year} table's year`);
        overrides.set(n, { kind: 'holiday', holiday });
      }
    }
    for (const date of table.makeUpDays) {
      if (date.slice(0, 4) !== year) throw new RangeError(`make-up day ${date} is not in the ${year} table's year`);
      overrides.set(dayNumber(date), { kind: 'work' });
    }
  }
  return { years: Object.keys(tables).map(Number).sort((a, b) => a - b), tables, overrides };
}

let official: WorkingCalendar | undefined;
/** The calendar of the official tables only (shared, built once). */
export function officialCalendar(): WorkingCalendar {
  return (official ??= createCalendar());
}

const yearOf = (n: number): number => Number(civilFromDays(n).slice(0, 4));

function working(n: number, calendar: WorkingCalendar): boolean {
  const override = calendar.overrides.get(n);
  if (override) return override.kind === 'work';
  const day = weekday(n);
  return day !== 0 && day !== 6;
}

/** What a day is: working or not, which holiday, make-up day, and whether its year had no table. */
export function describeDay(date: string, calendar: WorkingCalendar = officialCalendar()): DayInfo {
  const n = dayNumber(date);
  const override = calendar.overrides.get(n);
  const day = weekday(n);
  return {
    date,
    working: working(n, calendar),
    ...(override?.holiday ? { holiday: override.holiday } : {}),
    makeUp: override?.kind === 'work' && (day === 0 || day === 6),
    fallback: !calendar.tables[yearOf(n)],
  };
}

/** Whether a civil date is a working day (see `describeDay` for whether its year had a table). */
export function isWorkingDay(date: string, calendar: WorkingCalendar = officialCalendar()): boolean {
  return working(dayNumber(date), calendar);
}

function noteYear(n: number, calendar: WorkingCalendar, into: Set<number>): void {
  const year = yearOf(n);
  if (!calendar.tables[year]) into.add(year);
}

/**
 * The date `n` working days after `date`: counting starts the next day (periods under the 行政许可法), so with
 * n = 1 it is the first working day after `date`. n = 0 gives `date` itself; a negative n counts backwards.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar = officialCalendar()): DateResult {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: ${n} is not a whole number of days`);
  let day = dayNumber(date);
  const fallback = new Set<number>();
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    noteYear(day, calendar, fallback);
    if (working(day, calendar)) left -= 1;
  }
  return { date: civilFromDays(day), fallbackYears: [...fallback].sort((a, b) => a - b) };
}

/**
 * Working days after `from` up to and including `to` (so `workingDaysBetween(d, addWorkingDays(d, n).date)` is n);
 * negative when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar = officialCalendar()): CountResult {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  const fallback = new Set<number>();
  let days = 0;
  for (let n = lo + 1; n <= hi; n += 1) {
    noteYear(n, calendar, fallback);
    if (working(n, calendar)) days += 1;
  }
  return { days: sign * days, fallbackYears: [...fallback].sort((x, y) => x - y) };
}
