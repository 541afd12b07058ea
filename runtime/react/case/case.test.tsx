import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServicePackage } from '../../../schemas/index.ts';
import type { CaseEvent, CorrectionPayload } from '../../engine/case/index.ts';
import residenceJson from '../../../examples/gd-residence-permit/gd-residence-permit.package.json' with { type: 'json' };
import sample from '../../../examples/gd-residence-permit/samples/valid-employment.json' with { type: 'json' };
import { CaseProgress, CorrectionForm, OwedMaterials, Rating } from './index.ts';

const pkg = residenceJson as unknown as ServicePackage;
const data = sample.data as Record<string, unknown>;
const submitted: CaseEvent = { type: 'submitted', at: '2026-09-14T10:00:00+08:00' };

afterEach(cleanup);

describe('<CaseProgress>', () => {
  it('lists the stages in order and names the current one in words and with aria-current', () => {
    render(<CaseProgress package={pkg} events={[submitted, { type: 'accepted', at: '2026-09-18T09:00:00+08:00' }]} now="2026-09-22" />);
    const list = screen.getByRole('heading', { name: '办理环节' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('h4')?.textContent)).toEqual(['受理', '审核', '审批', '制证', '发证']);
    expect(items[1]).toHaveProperty('ariaCurrent', 'step');
    expect(items[1]!.textContent).toContain('当前环节');
    expect(items[0]!.textContent).toContain('已完成');
    expect(screen.getByText('还剩 7 个工作日，预计 2026年10月9日前办结')).toBeTruthy();
  });

  it('offers withdrawal before acceptance, asks to confirm, and hands the event to the host', () => {
    const onWithdraw = vi.fn();
    render(<CaseProgress package={pkg} events={[submitted]} now="2026-09-15" onWithdraw={onWithdraw} />);
    expect(screen.getByText(/一次性告知；逾期未告知的/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤回申请' }));
    fireEvent.click(screen.getByRole('button', { name: '确定撤回' }));
    expect(onWithdraw).toHaveBeenCalledWith(expect.objectContaining({ type: 'withdrawn' }));
  });

  it('offers no withdrawal once accepted', () => {
    render(<CaseProgress package={pkg} events={[submitted, { type: 'accepted', at: '2026-09-15T09:00:00+08:00' }]} now="2026-09-16" onWithdraw={() => {}} />);
    expect(screen.queryByRole('button', { name: '撤回申请' })).toBeNull();
  });
});

describe('<CorrectionForm>', () => {
  const items = [{ kind: 'material' as const, key: 'employmentProof', reason: '劳动合同缺少用人单位盖章页' }];

  it('shows only the listed material with its reason and resubmits the full data', async () => {
    const onSubmit = vi.fn<(payload: CorrectionPayload) => void>();
    render(<CorrectionForm package={pkg} data={data} items={items} onSubmit={onSubmit} upload={async () => ({ id: 'new-1' })} />);
    expect(screen.getByText('劳动合同缺少用人单位盖章页')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['就业证明']);
    expect(screen.queryByLabelText('手机号码')).toBeNull();
    // Unchanged: the summary says to change it as asked.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交补正' })));
    expect(screen.getByRole('alert').textContent).toContain('请按补正原因修改');
    expect(onSubmit).not.toHaveBeenCalled();
    // Replace the file: remove the old one, upload the new one.
    fireEvent.click(screen.getByRole('button', { name: /劳动合同\.pdf/ }));
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['%PDF-1.4'], '劳动合同（含盖章页）.pdf', { type: 'application/pdf' });
    await act(async () => fireEvent.change(input, { target: { files: [file] } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交补正' })));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const payload = onSubmit.mock.calls[0]![0];
    const { materials, ...answers } = payload.data as Record<string, unknown>;
    const { materials: before, ...originalAnswers } = data;
    expect(answers).toEqual(originalAnswers);
    expect({ ...(materials as object), employmentProof: undefined }).toEqual({ ...(before as object), employmentProof: undefined });
    expect((materials as Record<string, { files: { id: string }[] }>).employmentProof!.files.map((f) => f.id)).toEqual(['new-1']);
    expect(screen.getByRole('status').textContent).toContain('补正材料已提交');
  });
});

describe('<Rating>', () => {
  it('asks for a level, offers reasons on a low rating and hands the rating to the host', async () => {
    const onRate = vi.fn();
    render(<Rating onRate={onRate} />);
    const group = screen.getByRole('group', { name: '您对本次办事服务满意吗？' });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      '非常满意★★★★★',
      '满意★★★★',
      '基本满意★★★',
      '不满意★★',
      '非常不满意★',
    ]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交评价' })));
    expect(screen.getByText('请选择满意程度')).toBeTruthy();
    expect(onRate).not.toHaveBeenCalled();
    expect(screen.queryByRole('group', { name: '请告诉我们哪里做得不好（可多选）' })).toBeNull();
    fireEvent.click(screen.getByLabelText(/^不满意/));
    fireEvent.click(screen.getByLabelText('等待时间长'));
    fireEvent.change(screen.getByLabelText('意见和建议（选填）'), { target: { value: ' 排队太久 ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交评价' })));
    expect(onRate).toHaveBeenCalledWith({ level: 2, label: '不满意', reasons: ['waiting'], comment: '排队太久' });
    expect(screen.getByRole('status').textContent).toContain('工作人员会联系您');
  });

  it('drops the reasons when the level is raised again', async () => {
    const onRate = vi.fn();
    render(<Rating onRate={onRate} locale="en" />);
    fireEvent.click(screen.getByLabelText(/^Very dissatisfied/));
    fireEvent.click(screen.getByLabelText('Long waiting time'));
    fireEvent.click(screen.getByLabelText(/^Satisfied/));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send rating' })));
    expect(onRate).toHaveBeenCalledWith({ level: 4, label: 'Satisfied', reasons: [] });
  });
});

describe('<OwedMaterials>', () => {
  it('lists the deferred material with its due date and nothing when nothing is owed', () => {
    const deferrable = {
      ...pkg,
      materials: pkg.materials.map((m) => (m.key === 'employmentProof' ? { ...m, necessity: 'deferrable' as const, accepts: [...m.accepts, 'deferred' as const], deferral: { workingDays: 10 } } : m)),
    } as ServicePackage;
    const owedData = { ...data, materials: { ...(data.materials as object), employmentProof: { type: 'deferred', dueDate: '2026-09-28' } } };
    const events: CaseEvent[] = [submitted, { type: 'accepted', at: '2026-09-18T09:00:00+08:00' }];
    const { container } = render(<OwedMaterials package={deferrable} data={owedData} events={events} now="2026-09-22" />);
    expect(screen.getByText('请在 2026年10月9日（星期五）前补交（受理后 10 个工作日内）')).toBeTruthy();
    cleanup();
    const empty = render(<OwedMaterials package={pkg} data={data} events={events} now="2026-09-22" />);
    expect(empty.container.innerHTML).toBe('');
    expect(container).toBeTruthy();
  });
});
