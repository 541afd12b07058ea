/**
 * The working-day calendar for 容缺 due dates on the form. Its holiday tables load on demand, as their own chunk,
 * when a page offers a deferrable material: most forms have none and never load them. A host may pass its own
 * calendar (an administrator's extra days off, a later year's table) through <ServiceForm calendar>.
 */
import type * as Calendar from '../engine/calendar/index.ts';
import type { DateResult, WorkingCalendar } from '../engine/calendar/index.ts';
import type { ServicePackage } from '../../schemas/index.ts';
import type { Locale, ServiceForm } from '../engine/index.ts';
import { onDemand, useOnDemand } from './onDemand.ts';

type CalendarModule = typeof Calendar;

/** The holiday tables and the working-day arithmetic, a chunk of their own. */
const calendarModule = onDemand(() => import('../engine/calendar/index.ts'));

export interface WorkingCalendarState {
  /** Adds working days with the host's calendar or the official one; undefined until the tables have loaded. */
  readonly addWorkingDays?: (date: string, days: number) => DateResult;
  /** A civil date written out with its weekday, as the case views write it; undefined until loaded. */
  readonly formatDate?: (date: string, locale: Locale) => string;
  /** The tables could not be loaded (offline, a missing chunk): dates are counted Monday to Friday. */
  readonly failed: boolean;
}

function stateOf(module: CalendarModule | undefined, calendar: WorkingCalendar | undefined, failed: boolean): WorkingCalendarState {
  if (!module) return { failed };
  return {
    // Without the host's calendar, the engine's default: the official tables.
    addWorkingDays: (date, days) => module.addWorkingDays(date, days, calendar),
    formatDate: (date, locale) => module.formatCivilDate(date, locale, true),
    failed: false,
  };
}

/** The calendar for a component that needs it (`needed`), re-rendering once it has loaded. */
export function useWorkingCalendar(needed: boolean, calendar?: WorkingCalendar): WorkingCalendarState {
  const { module, failed } = useOnDemand(calendarModule, needed);
  return stateOf(module, calendar, failed);
}

/**
 * N working days after `today` counting Monday to Friday only: the fallback when the tables cannot be loaded. The
 * citizen is told that public holidays move the date.
 */
export function addWeekdays(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  let left = Math.max(0, days);
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** How long a submission waits for the tables before it keeps the Monday-to-Friday dates (a stalled network). */
const SETTLE_WAIT_MS = 4000;

/**
 * Right before submitting: every deferred material's due date counted with the calendar. A citizen quicker than
 * the tables (a slow phone, a slow network) chose 容缺 while they were still loading and left the page, so the
 * date stored then was Monday to Friday; the payload must carry the calendar's date. A failed or stalled load
 * keeps the stored date, which the hint said may move with public holidays.
 */
export async function settleDeferredDueDates(form: ServiceForm, pkg: ServicePackage, today: string, calendar?: WorkingCalendar): Promise<void> {
  const deferred = form.getState().materials.filter((m) => !m.exempt && isDeferred(m.value));
  if (deferred.length === 0) return;
  let module: CalendarModule | undefined = calendarModule.current;
  if (!module) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, SETTLE_WAIT_MS, undefined)));
    module = await Promise.race([calendarModule.load(), stalled]).catch(() => undefined);
    clearTimeout(timer);
    if (!module) return;
  }
  const { addWorkingDays } = stateOf(module, calendar, false);
  for (const status of deferred) {
    const days = pkg.materials.find((m) => m.key === status.key)?.deferral?.workingDays ?? 0;
    const { date } = addWorkingDays!(today, days);
    if ((status.value as { dueDate?: unknown }).dueDate !== date) form.setMaterial(status.key, { type: 'deferred', dueDate: date });
  }
}

function isDeferred(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'deferred';
}
