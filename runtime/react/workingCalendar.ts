/**
 * The working-day calendar for 容缺 due dates on the form. Its holiday tables load on demand, as their own chunk,
 * when a page offers a deferrable material: most forms have none and never load them. A host may pass its own
 * calendar (an administrator's extra days off, a later year's table) through <ServiceForm calendar>.
 */
import { useEffect, useState } from 'react';
import type * as Calendar from '../engine/calendar/index.ts';
import type { DateResult, WorkingCalendar } from '../engine/calendar/index.ts';
import type { Locale } from '../engine/index.ts';

type CalendarModule = typeof Calendar;

let loading: Promise<CalendarModule> | undefined;
let loaded: CalendarModule | undefined;

/** Starts loading the calendar (once; a failed load is tried again next time). */
function loadCalendar(): Promise<CalendarModule> {
  loading ??= import('../engine/calendar/index.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

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
    addWorkingDays: (date, days) => module.addWorkingDays(date, days, calendar ?? module.officialCalendar()),
    formatDate: (date, locale) => module.formatCivilDate(date, locale, true),
    failed: false,
  };
}

/** The calendar for a component that needs it (`needed`), re-rendering once it has loaded. */
export function useWorkingCalendar(needed: boolean, calendar?: WorkingCalendar): WorkingCalendarState {
  const [module, setModule] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || module) return;
    let live = true;
    loadCalendar().then(
      (m) => live && setModule(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, module]);
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
