import { describe, expect, it } from 'vitest';
import type { ServicePackage } from '../../../schemas/index.ts';
import residenceJson from '../../../examples/gd-residence-permit/gd-residence-permit.package.json' with { type: 'json' };
import sample from '../../../examples/gd-residence-permit/samples/valid-employment.json' with { type: 'json' };
import { computeCase, createCorrectionForm, owedMaterials, requestCorrections, withdraw, type CaseEvent } from './index.ts';

const pkg = residenceJson as unknown as ServicePackage;
const data = sample.data as Record<string, unknown>;
const submitted: CaseEvent = { type: 'submitted', at: '2026-09-14T10:00:00+08:00' };
const lease = { type: 'upload' as const, files: [{ id: 'c2', name: '新劳动合同.pdf', size: 1000, mediaType: 'application/pdf' }] };

describe('the case timeline', () => {
  it('shows a fresh application waiting for acceptance, with the 5-working-day 一次性告知 window', () => {
    const view = computeCase(pkg, [submitted], { now: '2026-09-15' });
    expect(view.phase).toBe('awaiting-acceptance');
    expect(view.phaseText).toBe('已提交，等待受理');
    expect(view.acceptance).toBe('pending');
    expect(view.currentStage).toBe('accept');
    expect(view.stages.map((s) => s.status)).toEqual(['current', 'pending', 'pending', 'pending', 'pending']);
    // 2026-09-14 (Mon) + 5 working days = 09-21 (Mon); 09-20 is a make-up working day, so 09-19 is not.
    expect(view.correctionWindow?.until).toBe('2026-09-20');
    expect(view.correctionWindow?.text).toContain('2026年9月20日（星期日）');
    expect(view.limitText).toBe('受理后 10 个工作日内办结');
    expect(view.canWithdraw).toBe(true);
  });

  it('counts the promised limit from acceptance in working days, holidays excluded, and says how many are left', () => {
    const events: CaseEvent[] = [submitted, { type: 'accepted', at: '2026-09-18T09:00:00+08:00' }];
    const view = computeCase(pkg, events, { now: '2026-09-22' });
    expect(view.phase).toBe('in-progress');
    expect(view.acceptedOn).toBe('2026-09-18');
    // DOMAIN.md worked example: accepted on 2026-09-18 with 10 working days is due 2026-10-09.
    expect(view.deadline).toMatchObject({ due: '2026-10-09', fallbackYears: [] });
    // 09-23, 09-24, 09-28, 09-29, 09-30, 10-08, 10-09 are left after 09-22.
    expect(view.deadline?.remaining).toBe(7);
    expect(view.deadline?.text).toBe('还剩 7 个工作日，预计 2026年10月9日前办结');
    expect(view.stages.map((s) => [s.key, s.status])).toEqual([
      ['accept', 'done'],
      ['review', 'current'],
      ['decide', 'pending'],
      ['certify', 'pending'],
      ['deliver', 'pending'],
    ]);
    // 09-20 (Sunday) is a make-up working day: review's 3 days end on 09-22.
    expect(view.stages[1]!.due).toBe('2026-09-22');
    // The stages after acceptance budget 3 + 2 + 3 + 1 = 9 working days, inside the promised 10.
    expect(view.stages[4]!.due).toBe('2026-10-08');
    expect(view.canWithdraw).toBe(false);
  });

  it('deems the application accepted from receipt when the office did not ask for corrections within 5 working days', () => {
    const view = computeCase(pkg, [submitted], { now: '2026-09-22' });
    expect(view.acceptance).toBe('deemed');
    expect(view.acceptedOn).toBe('2026-09-14');
    expect(view.notes[0]).toContain('视为受理');
    expect(view.canWithdraw).toBe(false);
    // A late acceptance notice does not move the date.
    expect(computeCase(pkg, [submitted, { type: 'accepted', at: '2026-09-25T09:00:00+08:00' }], { now: '2026-09-28' }).acceptedOn).toBe('2026-09-14');
  });

  it('follows the case to completion and then offers the rating', () => {
    const events: CaseEvent[] = [
      submitted,
      { type: 'accepted', at: '2026-09-15T09:00:00+08:00' },
      { type: 'stage-passed', stage: 'review', at: '2026-09-17T09:00:00+08:00' },
      { type: 'approved', at: '2026-09-18T09:00:00+08:00' },
      { type: 'stage-passed', stage: 'certify', at: '2026-09-22T09:00:00+08:00' },
      { type: 'delivered', at: '2026-09-23T09:00:00+08:00' },
    ];
    const view = computeCase(pkg, events, { now: '2026-09-24' });
    expect(view.phase).toBe('completed');
    expect(view.stages.every((s) => s.status === 'done')).toBe(true);
    expect(view.deadline).toBeUndefined();
    expect(view.canRate).toBe(true);
    expect(view.history.map((h) => h.text)).toEqual(['提交申请', '申请已受理', '环节办理完成：审核', '批准', '环节办理完成：制证', '证件已送达，办结']);
    expect(computeCase(pkg, [...events, { type: 'rated', at: '2026-09-24T10:00:00+08:00' }]).canRate).toBe(false);
  });

  it('marks where a refusal stopped the case and skips the rest', () => {
    const view = computeCase(pkg, [submitted, { type: 'accepted', at: '2026-09-15T09:00:00+08:00' }, { type: 'refused', at: '2026-09-17T09:00:00+08:00' }], { now: '2026-09-18' });
    expect(view.phase).toBe('refused');
    expect(view.stages.map((s) => s.status)).toEqual(['done', 'skipped', 'stopped', 'skipped', 'skipped']);
  });

  it('says when a deadline crosses a year without a published holiday schedule', () => {
    const view = computeCase(pkg, [{ type: 'submitted', at: '2026-12-24T10:00:00+08:00' }, { type: 'accepted', at: '2026-12-28T10:00:00+08:00' }], { now: '2026-12-29' });
    expect(view.deadline).toMatchObject({ due: '2027-01-11', fallbackYears: [2027] });
    expect(view.notes.join()).toContain('2027年的法定节假日安排尚未公布');
  });

  it('writes English when asked', () => {
    const view = computeCase(pkg, [submitted, { type: 'accepted', at: '2026-09-18T09:00:00+08:00' }], { now: '2026-09-22', locale: 'en' });
    expect(view.deadline?.text).toBe('7 working days left: expected by 9 October 2026');
    expect(view.stages[1]!.statusText).toBe('Current step');
  });
});

describe('withdrawal (撤回)', () => {
  it('is allowed before acceptance and recorded in the history', () => {
    const result = withdraw(pkg, [submitted], '2026-09-15T08:00:00+08:00');
    expect(result).toEqual({ ok: true, event: { type: 'withdrawn', at: '2026-09-15T08:00:00+08:00' } });
    const view = computeCase(pkg, [submitted, (result as { event: CaseEvent }).event], { now: '2026-09-16' });
    expect(view.phase).toBe('withdrawn');
    expect(view.history.at(-1)?.text).toBe('撤回申请');
    expect(view.stages.every((s) => s.status === 'skipped')).toBe(true);
  });

  it('is refused after acceptance, and a withdrawal event after acceptance is flagged, not applied', () => {
    const accepted: CaseEvent[] = [submitted, { type: 'accepted', at: '2026-09-15T09:00:00+08:00' }];
    expect(withdraw(pkg, accepted, '2026-09-16T08:00:00+08:00')).toMatchObject({ ok: false, code: 'after-acceptance' });
    const view = computeCase(pkg, [...accepted, { type: 'withdrawn', at: '2026-09-16T08:00:00+08:00' }], { now: '2026-09-16' });
    expect(view.phase).toBe('in-progress');
    expect(view.problems).toEqual([{ code: 'withdrawn-after-acceptance', at: '2026-09-16T08:00:00+08:00' }]);
  });

  it('is refused once the law deems the application accepted', () => {
    expect(withdraw(pkg, [submitted], '2026-09-25T08:00:00+08:00')).toMatchObject({ ok: false, code: 'after-acceptance' });
  });
});

describe('corrections (补正, 一次性告知)', () => {
  const items = [{ kind: 'material' as const, key: 'employmentProof', reason: '劳动合同缺少用人单位盖章页' }];

  it('takes the whole list in one call and refuses any addition while the round is open', () => {
    const first = requestCorrections(pkg, [submitted], { items, at: '2026-09-15T09:00:00+08:00' });
    expect(first.ok).toBe(true);
    const events = [submitted, (first as { event: CaseEvent }).event];
    const again = requestCorrections(pkg, events, { items: [{ kind: 'field', path: 'applicant/mobile', reason: '号码停机' }], at: '2026-09-15T10:00:00+08:00' });
    expect(again).toMatchObject({ ok: false, code: 'round-open' });
    const view = computeCase(pkg, events, { now: '2026-09-16' });
    expect(view.phase).toBe('correction');
    expect(view.correction?.items).toEqual([{ kind: 'material', id: 'employmentProof', pointer: '/materials/employmentProof', label: '就业证明', reason: '劳动合同缺少用人单位盖章页' }]);
    expect(view.canWithdraw).toBe(true);
  });

  it('flags a second request event in the same round instead of treating it as a new one', () => {
    const events: CaseEvent[] = [
      submitted,
      { type: 'correction-requested', at: '2026-09-15T09:00:00+08:00', items },
      { type: 'correction-requested', at: '2026-09-16T09:00:00+08:00', items: [{ kind: 'field', path: 'applicant/mobile', reason: 'x' }] },
    ];
    const view = computeCase(pkg, events, { now: '2026-09-16' });
    expect(view.correctionRounds).toBe(1);
    expect(view.problems.map((p) => p.code)).toEqual(['correction-added-to-open-round']);
  });

  it('requires a reason for every item, known items, no duplicates and a stage that may ask', () => {
    const at = '2026-09-15T09:00:00+08:00';
    expect(requestCorrections(pkg, [submitted], { items: [], at })).toMatchObject({ code: 'empty' });
    expect(requestCorrections(pkg, [submitted], { items: [{ kind: 'material', key: 'employmentProof', reason: ' ' }], at })).toMatchObject({ code: 'no-reason' });
    expect(requestCorrections(pkg, [submitted], { items: [{ kind: 'material', key: 'nope', reason: 'x' }], at })).toMatchObject({ code: 'unknown-item' });
    expect(requestCorrections(pkg, [submitted], { items: [...items, ...items], at })).toMatchObject({ code: 'duplicate' });
    expect(requestCorrections(pkg, [submitted], { items, at, stage: 'decide' })).toMatchObject({ code: 'stage-without-correction' });
  });

  it('starts a new round after the applicant resubmits, and dates acceptance from the corrected submission', () => {
    const events: CaseEvent[] = [
      submitted,
      { type: 'correction-requested', at: '2026-09-15T09:00:00+08:00', items },
      { type: 'corrected', at: '2026-09-21T09:00:00+08:00' },
    ];
    const view = computeCase(pkg, events, { now: '2026-09-22' });
    expect(view.phase).toBe('awaiting-acceptance');
    // 5 working days after 09-21, across the Mid-Autumn holiday (09-25 to 09-27).
    expect(view.correctionWindow?.until).toBe('2026-09-29');
    expect(requestCorrections(pkg, events, { items, at: '2026-09-22T09:00:00+08:00' }).ok).toBe(true);
  });

  it('opens only the listed items, keeps every other answer and resubmits the full data', () => {
    const correction = createCorrectionForm(pkg, { data, items, round: 1, now: () => new Date('2026-09-16T02:00:00Z') });
    expect(correction.items.map((i) => i.id)).toEqual(['employmentProof']);
    expect(() => correction.form.setValue('n_halfYear', false)).toThrow(RangeError);
    expect(() => correction.form.setMaterial('idProof', { type: 'paper' })).toThrow(RangeError);
    // Unchanged: refused with the reason.
    const unchanged = correction.submit();
    expect(unchanged).toMatchObject({ ok: false, errors: [{ code: 'unchanged', pointer: '/materials/employmentProof' }] });
    correction.form.setMaterial('employmentProof', lease);
    const result = correction.submit();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const expected = { ...data, materials: { ...(data.materials as object), employmentProof: lease } };
    expect(result.payload.data).toEqual(expected);
    expect(result.payload.correction).toEqual({ round: 1, items: correction.items });
    expect(result.payload.materials.find((m) => m.key === 'employmentProof')?.files).toEqual(lease.files);
  });

  it('opens a field by its data path and validates the new value', () => {
    const correction = createCorrectionForm(pkg, { data, items: [{ kind: 'field', path: 'applicant.mobile', reason: '号码无法接通' }] });
    const [item] = correction.items;
    expect(item?.pointer).toBe('/applicant/mobile');
    correction.form.setValue(item!.id, '123');
    expect(correction.submit()).toMatchObject({ ok: false, errors: [{ code: 'invalid', pointer: '/applicant/mobile' }] });
    correction.form.setValue(item!.id, '13900139000');
    const result = correction.submit();
    expect(result.ok && (result.payload.data.applicant as Record<string, unknown>).mobile).toBe('13900139000');
    expect(result.ok && (result.payload.data.employer as Record<string, unknown>)).toEqual(data.employer);
  });
});

describe('deferred materials (容缺后补) and promises (告知承诺)', () => {
  // The residence permit has no deferrable material: make the employment proof one, with 10 working days.
  const deferrable = {
    ...pkg,
    materials: pkg.materials.map((m) => (m.key === 'employmentProof' ? { ...m, necessity: 'deferrable' as const, accepts: [...m.accepts, 'deferred' as const], deferral: { workingDays: 10 } } : m)),
  } as ServicePackage;
  const owedData = { ...data, materials: { ...(data.materials as object), employmentProof: { type: 'deferred', dueDate: '2026-09-28' } } };

  it('lists what is owed, due from acceptance plus the deferral in working days', () => {
    const events: CaseEvent[] = [submitted, { type: 'accepted', at: '2026-09-18T09:00:00+08:00' }];
    const { owed } = owedMaterials(deferrable, owedData, events, { now: '2026-09-22' });
    expect(owed).toEqual([
      expect.objectContaining({ key: 'employmentProof', dueDate: '2026-10-09', provisional: false, supplied: false, remaining: 7, deferralDays: 10 }),
    ]);
    expect(owed[0]!.text).toBe('请在 2026年10月9日（星期五）前补交（受理后 10 个工作日内）');
  });

  it('keeps the date the applicant was shown until acceptance, and marks supplied materials', () => {
    expect(owedMaterials(deferrable, owedData, [submitted], { now: '2026-09-15' }).owed[0]).toMatchObject({ dueDate: '2026-09-28', provisional: true });
    const supplied = owedMaterials(deferrable, owedData, [submitted, { type: 'supplied', at: '2026-09-16T09:00:00+08:00', items: [{ kind: 'material', key: 'employmentProof', reason: '' }] }], { now: '2026-09-16' });
    expect(supplied.owed[0]).toMatchObject({ supplied: true, text: '已补交' });
  });

  it('lists the promises recorded in the payload', async () => {
    const { default: soleTrader } = await import('../../../examples/gd-sole-trader-registration/gd-sole-trader-registration.package.json', { with: { type: 'json' } });
    const sole = soleTrader as unknown as ServicePackage;
    const { promises } = owedMaterials(sole, { materials: { leaseContract: { type: 'commitment', signedAt: '2026-09-14T10:00:00+08:00' } } }, [submitted], { now: '2026-09-15' });
    expect(promises).toEqual([expect.objectContaining({ key: 'leaseContract', signedAt: '2026-09-14T10:00:00+08:00' })]);
    expect(promises[0]!.text.length).toBeGreaterThan(0);
  });
});
