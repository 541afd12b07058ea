/** The working-day calendar: official holiday tables as data, working-day arithmetic on civil dates. */
export { addDays, chinaDateOf, civilFromDays, dayNumber, weekday } from './days.ts';
export { formatCivilDate } from './format.ts';
export { china2025, china2026, officialTables } from './tables.ts';
export type { HolidayPeriod, YearTable } from './tables.ts';
export { addWorkingDays, createCalendar, describeDay, isWorkingDay, officialCalendar, workingDaysBetween } from './calendar.ts';
export type { CalendarOptions, CountResult, DateResult, DayInfo, WorkingCalendar } from './calendar.ts';
