import { describe, expect, it } from 'vitest';
import type { ServicePackage } from '../../schemas/index.ts';
import { createCalendar } from '../engine/calendar/index.ts';
import { createServiceForm } from '../engine/index.ts';
import { addWeekdays, settleDeferredDueDates } from './workingCalendar.ts';
import residenceJson from '../../examples/gd-residence-permit/gd-residence-permit.package.json' with { type: 'json' };

const residence = residenceJson as unknown as ServicePackage;

describe('the fallback when the holiday tables cannot be loaded', () => {
  it('counts Monday to Friday when the holiday tables cannot be loaded', () => {
    // Friday 2026-11-27 + 3 working days = Wednesday 2026-12-02
    expect(addWeekdays('2026-11-27', 3)).toBe('2026-12-02');
  });
});

/** A 居住证 applicant on the employment ground, with the proof of employment deferred and a date stored. */
function deferredForm(stored: string) {
  const form = createServiceForm(residence, { locale: 'zh-CN' });
  const situation = (key: string) => residence.flow.nodes.find((n) => n.kind === 'situation' && n.key === key)!.id;
  form.setValue(situation('applicationReasons'), ['employment']);
  form.setValue(situation('residedHalfYear'), true);
  form.setMaterial('employmentProof', { type: 'deferred', dueDate: stored });
  return form;
}

const dueDate = (form: ReturnType<typeof createServiceForm>) => (form.getState().materials.find((m) => m.key === 'employmentProof')?.value as { dueDate?: string }).dueDate;

describe('settling deferred due dates before a submission', () => {
  it('replaces a Monday-to-Friday date stored before the tables loaded with the official calendar’s', async () => {
    // Chosen on 2026-09-29 before the tables loaded: Monday to Friday gave 10-06; National Day gives 10-12.
    const form = deferredForm(addWeekdays('2026-09-29', 5));
    expect(dueDate(form)).toBe('2026-10-06');
    await settleDeferredDueDates(form, residence, '2026-09-29');
    expect(dueDate(form)).toBe('2026-10-12');
  });

  it('counts with the host’s calendar when it passes one', async () => {
    const form = deferredForm('2026-10-06');
    // The host's office is closed on Wednesday 2026-11-04 too.
    const calendar = createCalendar({ years: { 2026: { holidays: [{ name: { 'zh-CN': '停电', en: 'Power cut' }, from: '2026-11-04', to: '2026-11-04' }], makeUpDays: [] } } });
    await settleDeferredDueDates(form, residence, '2026-11-02', calendar);
    expect(dueDate(form)).toBe('2026-11-10');
  });

  it('leaves a form without deferred materials untouched', async () => {
    const form = createServiceForm(residence, { locale: 'zh-CN' });
    const before = form.getState();
    await settleDeferredDueDates(form, residence, '2026-09-29');
    expect(form.getState()).toBe(before);
  });
});
