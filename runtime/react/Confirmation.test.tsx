import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ManifestMaterial, ServicePackage } from '../../schemas/index.ts';
import { createCalendar } from '../engine/calendar/index.ts';
import { createServiceForm, indexPackageFields, type SubmissionPayload } from '../engine/index.ts';
import { Confirmation, type SubmissionRating } from './Confirmation.tsx';
import { FormContext, type FormContextValue } from './context.ts';
import { localUpload } from './FileUpload.tsx';
import { MaterialView } from './MaterialView.tsx';
import { uiStrings } from './strings.ts';
import residenceJson from '../../examples/gd-residence-permit/gd-residence-permit.package.json' with { type: 'json' };

const residence = residenceJson as unknown as ServicePackage;
const employmentProof = residence.materials.find((m) => m.key === 'employmentProof') as ManifestMaterial;
const t = uiStrings('zh-CN');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The 居住证's proof of employment (容缺后补, 5 working days) on a materials page, on a given day in China. */
function renderDeferrable(today: string, options: { calendar?: FormContextValue['calendar']; stored?: string } = {}) {
  const form = createServiceForm(residence, { locale: 'zh-CN' });
  // An applicant on the employment ground, so the proof of employment applies.
  const situation = (key: string) => residence.flow.nodes.find((n) => n.kind === 'situation' && n.key === key)!.id;
  form.setValue(situation('applicationReasons'), ['employment']);
  form.setValue(situation('residedHalfYear'), true);
  if (options.stored) form.setMaterial('employmentProof', { type: 'deferred', dueDate: options.stored });
  const context: FormContextValue = {
    form,
    pkg: residence,
    fields: indexPackageFields(residence),
    locale: 'zh-CN',
    t,
    upload: localUpload,
    // 10:00 in China on that day.
    now: () => new Date(`${today}T02:00:00Z`),
    ...(options.calendar ? { calendar: options.calendar } : {}),
  };
  const wrap = (node: ReactNode) => <FormContext.Provider value={context}>{node}</FormContext.Provider>;
  render(wrap(<MaterialView material={employmentProof} />));
  return form;
}

const dueDate = (form: ReturnType<typeof createServiceForm>) => (form.getState().data.materials as Record<string, { dueDate?: string }> | undefined)?.employmentProof?.dueDate;

describe('容缺后补 on the form', () => {
  it('counts the due date on the official calendar: 5 working days from 2026-09-29 cross National Day to 2026-10-12', async () => {
    const form = renderDeferrable('2026-09-29');
    fireEvent.click(screen.getByLabelText('容缺后补'));
    // Until the tables have loaded (they are a chunk of their own), no date is shown rather than a wrong one.
    expect(screen.getByText('请在受理之日起 5 个工作日内补交。')).toBeTruthy();
    expect(screen.queryByText(/截止日期/)).toBeNull();
    // Monday to Friday would give 2026-10-06; the holiday (10-01 to 10-07) and the make-up Saturday 10-10 count.
    expect(await screen.findByText(/截止日期为 2026年10月12日（星期一）。日期已按国家法定节假日和调休安排计算。/)).toBeTruthy();
    expect(screen.getByText(/受理之日起 5 个工作日内补交/)).toBeTruthy();
    expect(screen.queryByText(/尚未公布|暂未能读取/)).toBeNull();
    expect(dueDate(form)).toBe('2026-10-12');
  });

  it("uses the host's calendar: an administrator's extra day off moves the date", async () => {
    const typhoon = { name: { 'zh-CN': '台风停工', en: 'Typhoon closure' }, from: '2026-10-12', to: '2026-10-12' };
    const form = renderDeferrable('2026-09-29', { calendar: createCalendar({ years: { 2026: { holidays: [typhoon], makeUpDays: [] } } }) });
    fireEvent.click(screen.getByLabelText('容缺后补'));
    expect(await screen.findByText(/截止日期为 2026年10月13日（星期二）/)).toBeTruthy();
    expect(dueDate(form)).toBe('2026-10-13');
  });

  it('moves a date stored on an earlier day (a draft) to what it is today', async () => {
    const form = renderDeferrable('2026-12-01', { stored: '2026-10-12' });
    expect(await screen.findByText(/截止日期为 2026年12月8日（星期二）/)).toBeTruthy();
    expect(dueDate(form)).toBe('2026-12-08');
  });

  it('says so when a year has no published schedule', async () => {
    const form = renderDeferrable('2027-03-01');
    fireEvent.click(screen.getByLabelText('容缺后补'));
    expect(await screen.findByText(/2027 年节假日安排尚未公布/)).toBeTruthy();
    expect(dueDate(form)).toBe('2027-03-08');
  });
});

const payload: SubmissionPayload = {
  packageId: residence.id,
  version: residence.version,
  hash: residence.hash,
  submittedAt: '2026-09-29T02:00:00.000Z',
  data: {
    materials: {
      idProof: { type: 'paper' },
      employmentProof: { type: 'deferred', dueDate: '2026-10-12' },
      residenceProof: { type: 'commitment', signedAt: '2026-09-29T10:00:05+08:00' },
    },
  },
  materials: [
    { key: 'idProof', name: { 'zh-CN': '居民身份证', en: 'ID card' }, provision: 'paper' },
    { key: 'employmentProof', name: { 'zh-CN': '就业证明', en: 'Proof of employment' }, provision: 'deferred', dueDate: '2026-10-12' },
    { key: 'residenceProof', name: { 'zh-CN': '居住地住址证明', en: 'Proof of address' }, provision: 'commitment', signedAt: '2026-09-29T10:00:05+08:00' },
  ],
};

function renderConfirmation(onRate?: (rating: SubmissionRating) => void | Promise<void>) {
  render(<Confirmation pkg={residence} done={{ payload, reference: 'GZ-2026-0001' }} t={t} locale="zh-CN" busy={false} retry={() => {}} {...(onRate ? { onRate } : {})} />);
}

describe('the confirmation page', () => {
  it('shows the reference at once, then what is still owed and what was promised', async () => {
    renderConfirmation();
    expect(screen.getByText('GZ-2026-0001')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('正在加载后续办理须知…');
    expect(await screen.findByRole('heading', { name: '还需补交的材料（容缺受理）' })).toBeTruthy();
    expect(screen.getByText('承诺办结时限：10 个工作日')).toBeTruthy();
    expect(screen.getByText('就业证明')).toBeTruthy();
    expect(screen.getByText(/^请在 2026年10月12日（星期一）前补交（受理后 5 个工作日内）/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '您作出的承诺（告知承诺）' })).toBeTruthy();
    expect(screen.getByText('居住地住址证明')).toBeTruthy();
    expect(screen.getByText('签署时间：2026年9月29日')).toBeTruthy();
    expect(screen.queryByText('居民身份证')).toBeNull();
  });

  it('offers no rating when the host takes none', async () => {
    renderConfirmation();
    await screen.findByRole('heading', { name: '接下来会怎样' });
    expect(screen.queryByText('请对本次办事服务进行评价')).toBeNull();
  });

  it("hands the host a rating with the application's reference", async () => {
    const onRate = vi.fn();
    renderConfirmation(onRate);
    fireEvent.click(await screen.findByLabelText(/^不满意/));
    fireEvent.click(screen.getByLabelText('等待时间长'));
    fireEvent.change(screen.getByLabelText('意见和建议（选填）'), { target: { value: '  希望缩短时间 ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    });
    expect(onRate).toHaveBeenCalledWith({
      level: 2,
      label: '不满意',
      reasons: ['waiting'],
      comment: '希望缩短时间',
      moment: 'submission',
      reference: 'GZ-2026-0001',
      packageId: 'gd-residence-permit',
      version: residence.version,
    });
    expect(screen.getByRole('status').textContent).toMatch(/感谢您的评价/);
  });

  it('tells the citizen when the host could not take the rating, and keeps their choice for another try', async () => {
    const onRate = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    renderConfirmation(onRate);
    fireEvent.click(await screen.findByLabelText(/^非常满意/));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('评价未能提交，请稍后再试。您的选择已保留。');
    expect((screen.getByLabelText(/^非常满意/) as HTMLInputElement).checked).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    });
    expect(onRate).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status').textContent).toBe('感谢您的评价！');
  });
});
