/**
 * 容缺后补 and 告知承诺 after submission: the deferred materials still owed and by when (acceptance date plus the
 * material's deferral in working days, through the calendar), and the promises the applicant signed, as recorded
 * in the payload.
 */
import type { ServicePackage } from '../../../schemas/index.ts';
import { addWorkingDays, officialCalendar, workingDaysBetween, type WorkingCalendar } from '../calendar/calendar.ts';
import { chinaDateOf } from '../calendar/days.ts';
import { isJsonObject } from '../json.ts';
import { localText, type Locale } from '../messages.ts';
import { computeCase, type CaseEvent } from './case.ts';
import { formatCivilDate } from '../calendar/format.ts';
import { caseText } from './text.ts';

export interface OwedMaterial {
  readonly key: string;
  readonly name: string;
  readonly deferralDays: number;
  /** The due date: from acceptance once accepted; before that, the date the applicant was shown (provisional). */
  readonly dueDate: string;
  readonly provisional: boolean;
  readonly supplied: boolean;
  /** Working days left (negative: late); absent once supplied. */
  readonly remaining?: number;
  readonly text: string;
  readonly fallbackYears: readonly number[];
}

export interface SignedPromise {
  readonly key: string;
  readonly name: string;
  readonly text: string;
  readonly signedAt?: string;
}

export interface OwedResult {
  readonly owed: readonly OwedMaterial[];
  readonly promises: readonly SignedPromise[];
}

/** What the applicant still owes (容缺) and has promised (告知承诺), from the submitted data and the case events. */
export function owedMaterials(
  pkg: ServicePackage,
  data: Readonly<Record<string, unknown>>,
  events: readonly CaseEvent[],
  options: { locale?: Locale; calendar?: WorkingCalendar; now?: Date | string } = {},
): OwedResult {
  const locale = options.locale ?? 'zh-CN';
  const calendar = options.calendar ?? officialCalendar();
  const t = caseText(locale);
  const today = chinaDateOf(options.now ?? new Date());
  const view = computeCase(pkg, events, { locale, calendar, now: today });
  const supplied = new Set(events.filter((e) => e.type === 'supplied').flatMap((e) => (e.items ?? []).map((i) => i.key ?? '')));
  const given = isJsonObject(data.materials) ? data.materials : {};
  const owed: OwedMaterial[] = [];
  const promises: SignedPromise[] = [];
  for (const material of pkg.materials) {
    const value = given[material.key];
    if (!isJsonObject(value)) continue;
    const name = localText(material.name, locale);
    if (value.type === 'commitment') {
      promises.push({
        key: material.key,
        name,
        text: material.commitment ? localText(material.commitment.text, locale) : '',
        ...(typeof value.signedAt === 'string' ? { signedAt: value.signedAt } : {}),
      });
    }
    if (value.type !== 'deferred') continue;
    const days = material.deferral?.workingDays ?? 0;
    let dueDate = typeof value.dueDate === 'string' ? value.dueDate : today;
    let fallbackYears: readonly number[] = [];
    const provisional = view.acceptedOn === undefined;
    if (view.acceptedOn) {
      const due = addWorkingDays(view.acceptedOn, days, calendar);
      dueDate = due.date;
      fallbackYears = due.fallbackYears;
    }
    const isSupplied = supplied.has(material.key);
    const words = isSupplied ? t.supplied : `${t.owedBy(formatCivilDate(dueDate, locale, true), days)}${provisional ? (locale === 'en' ? '. ' : '。') + t.owedProvisional : ''}`;
    owed.push({
      key: material.key,
      name,
      deferralDays: days,
      dueDate,
      provisional,
      supplied: isSupplied,
      ...(isSupplied ? {} : { remaining: workingDaysBetween(today, dueDate, calendar).days }),
      text: words,
      fallbackYears,
    });
  }
  return { owed, promises };
}
